using MetaHub.Access.Authorization;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Errors;
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
        companies.MapGet("/{id:guid}", Get).RequirePermission(AccessPermissions.SettingsView).WithName("GetCompany")
            .ProducesProblem(StatusCodes.Status404NotFound);
        companies.MapPost("", Create).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("CreateCompany").WithSummary("Creates a main company or a subsidiary; the creator becomes its owner.")
            .ProducesValidationProblem();
        companies.MapPut("/{id:guid}", Update).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("UpdateCompany").WithSummary("Changes a company; it cannot be moved under itself or its subsidiaries.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        companies.MapDelete("/{id:guid}", Delete).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("DeleteCompany").WithSummary("Deletes a company without data or subsidiaries; otherwise deactivate it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapGet("/{id:guid}/logo", GetLogo).RequireAuthorization()
            .WithName("GetCompanyLogo").WithSummary("The company's logo, for its members and for anyone who may view settings.");
        // A bearer-token API takes the upload; PUT cannot be sent by a cross-site form, so the
        // cookie session needs no antiforgery token here either.
        companies.MapPut("/{id:guid}/logo", PutLogo).RequirePermission(AccessPermissions.SettingsEdit)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(LogoRequestLimit))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("PutCompanyLogo").WithSummary("Replaces the logo with a PNG, JPEG or WebP of at most 1 MB (form field 'file').")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        companies.MapDelete("/{id:guid}/logo", DeleteLogo).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("DeleteCompanyLogo").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<List<CompanyResponse>>> List(CompanyAdministration companies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await companies.ListAsync(cancellationToken));

    private static async Task<Ok<CompanyResponse>> Get(Guid id, CompanyAdministration companies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await companies.GetAsync(id, cancellationToken));

    private static async Task<Created<CompanyResponse>> Create(CompanyRequest request, CompanyAdministration companies, CancellationToken cancellationToken)
    {
        var company = await companies.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/companies/{company.Id}", company);
    }

    private static async Task<Ok<CompanyResponse>> Update(
        Guid id, CompanyRequest request, CompanyAdministration companies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await companies.UpdateAsync(id, request, cancellationToken));

    private static async Task<NoContent> Delete(Guid id, CompanyAdministration companies, CancellationToken cancellationToken)
    {
        await companies.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
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

    private static async Task<Ok<CompanyResponse>> PutLogo(
        Guid id, HttpRequest request, CompanyAdministration companies, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        if (file is null)
        {
            throw ValidationException.For("file", localizer["validation.required"]);
        }

        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await companies.SaveLogoAsync(id, content, file.Length, cancellationToken));
    }

    private static async Task<Ok<CompanyResponse>> DeleteLogo(Guid id, CompanyAdministration companies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await companies.DeleteLogoAsync(id, cancellationToken));
}
