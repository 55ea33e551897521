using MetaHub.Access.Authorization;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace MetaHub.Access.Features.Companies;

/// <summary><c>/api/v1/companies</c>: the group's companies and their logos; the rules live in <see cref="CompanyAdministration"/>.</summary>
internal static class CompanyEndpoints
{
    /// <summary>Room for the logo and the multipart envelope; a larger body is cut off before it is read.</summary>
    private const long LogoRequestLimit = LogoFormat.MaxBytes + (64 * 1024);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var companies = endpoints.MapGroup("/api/v1/companies").WithTags("Companies");
        companies.MapGet("", List).RequirePermission(AccessPermissions.SettingsView)
            .WithName("ListCompanies").WithSummary("The group's companies, main companies and subsidiaries, with parent ids.");
        companies.MapGet("/{id:guid}", Get).RequirePermission(AccessPermissions.SettingsView).WithName("GetCompany");
        companies.MapPost("", Create).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("CreateCompany").WithSummary("Creates a main company or a subsidiary; the creator becomes its owner.");
        companies.MapPut("/{id:guid}", Update).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("UpdateCompany").WithSummary("Changes a company; it cannot be moved under itself or its subsidiaries.");
        companies.MapDelete("/{id:guid}", Delete).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("DeleteCompany").WithSummary("Deletes a company without data or subsidiaries; otherwise deactivate it.");

        companies.MapGet("/{id:guid}/logo", GetLogo).RequireAuthorization()
            .WithName("GetCompanyLogo").WithSummary("The company's logo, for its members and for anyone who may view settings.");
        // A bearer-token API takes the upload; PUT cannot be sent by a cross-site form, so the
        // cookie session needs no antiforgery token here either.
        companies.MapPut("/{id:guid}/logo", PutLogo).RequirePermission(AccessPermissions.SettingsEdit)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(LogoRequestLimit))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("PutCompanyLogo").WithSummary("Replaces the logo with a PNG, JPEG or WebP of at most 1 MB (form field 'file').");
        companies.MapDelete("/{id:guid}/logo", DeleteLogo).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("DeleteCompanyLogo");
    }

    private static async Task<Ok<List<CompanyResponse>>> List(CompanyAdministration companies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await companies.ListAsync(cancellationToken));

    private static async Task<Results<Ok<CompanyResponse>, NotFound>> Get(Guid id, CompanyAdministration companies, CancellationToken cancellationToken) =>
        await companies.GetAsync(id, cancellationToken) is { } company ? TypedResults.Ok(company) : TypedResults.NotFound();

    private static async Task<Results<Created<CompanyResponse>, ValidationProblem>> Create(
        CompanyRequest request, CompanyAdministration companies, CancellationToken cancellationToken)
    {
        var outcome = await companies.CreateAsync(request, cancellationToken);
        return outcome.Status == OutcomeStatus.Done
            ? TypedResults.Created($"/api/v1/companies/{outcome.Value!.Id}", outcome.Value)
            : TypedResults.ValidationProblem(outcome.Errors!, title: companies.ValidationTitle);
    }

    private static async Task<Results<Ok<CompanyResponse>, ValidationProblem, NotFound>> Update(
        Guid id, CompanyRequest request, CompanyAdministration companies, CancellationToken cancellationToken) =>
        ToResult(await companies.UpdateAsync(id, request, cancellationToken), companies);

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(
        Guid id, CompanyAdministration companies, CancellationToken cancellationToken)
    {
        var outcome = await companies.DeleteAsync(id, cancellationToken);
        return outcome.Status switch
        {
            OutcomeStatus.Done => TypedResults.NoContent(),
            OutcomeStatus.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Problem(outcome.Detail, statusCode: StatusCodes.Status409Conflict, title: outcome.Title),
        };
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> GetLogo(
        Guid id, CompanyAdministration companies, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await companies.OpenLogoAsync(id, cancellationToken) is not { } logo)
        {
            return TypedResults.NotFound();
        }

        // Private (it needs a sign-in) and revalidated each time: a replaced logo shows at once,
        // an unchanged one costs a 304.
        response.Headers.CacheControl = "private, no-cache";
        var tag = new EntityTagHeaderValue($"\"{logo.File.LastModified.UtcTicks:x}-{logo.File.Length:x}\"");
        return TypedResults.Stream(logo.File.Content, logo.ContentType, lastModified: logo.File.LastModified, entityTag: tag);
    }

    private static async Task<Results<Ok<CompanyResponse>, ValidationProblem, NotFound>> PutLogo(
        Guid id, HttpRequest request, CompanyAdministration companies, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        if (file is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [localizer["validation.required"]] },
                title: companies.ValidationTitle);
        }

        await using var content = file.OpenReadStream();
        return ToResult(await companies.SaveLogoAsync(id, content, file.Length, cancellationToken), companies);
    }

    private static async Task<Results<Ok<CompanyResponse>, ValidationProblem, NotFound>> DeleteLogo(
        Guid id, CompanyAdministration companies, CancellationToken cancellationToken) =>
        ToResult(await companies.DeleteLogoAsync(id, cancellationToken), companies);

    private static Results<Ok<CompanyResponse>, ValidationProblem, NotFound> ToResult(Outcome<CompanyResponse> outcome, CompanyAdministration companies) =>
        outcome.Status switch
        {
            OutcomeStatus.Done => TypedResults.Ok(outcome.Value!),
            OutcomeStatus.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(outcome.Errors!, title: companies.ValidationTitle),
        };
}
