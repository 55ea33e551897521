using System.Text.Json;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary><c>/api/v1/customers/import</c>: a CSV file of customers, previewed, then checked or imported as a whole.</summary>
internal static class ImportCustomersEndpoints
{
    /// <summary>Room for the file and the multipart envelope; a larger body is cut off before it is read.</summary>
    private const long RequestLimit = CsvTable.MaxBytes + (64 * 1024);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Bearer tokens and API keys cannot be sent by another site, and the session cookie is
        // SameSite=Lax, so a cross-site form post arrives without it: no antiforgery token needed.
        var import = endpoints.MapGroup("/api/v1/customers/import").WithTags("Customers").ForModule("customers")
            .RequirePermission(CustomerPermissions.Create)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(RequestLimit));
        import.MapPost("/preview", Preview).Accepts<IFormFile>("multipart/form-data")
            .WithName("PreviewCustomerImport")
            .WithSummary("Reads a CSV file (form field 'file', UTF-8 or Windows-1254, separated by , ; or tab, at most 5 MB and 10,000 rows): " +
                "its headers, first rows, row count and the field each header suggests.")
            .ProducesValidationProblem();
        import.MapPost("", Import).Accepts<IFormFile>("multipart/form-data")
            .WithName("ImportCustomers")
            .WithSummary("Imports every row of a CSV file or none (form fields 'file', 'mapping' as JSON {header: field}, 'dryRun', 'skipDuplicates'). " +
                "Fields: companyName, contactPerson, phone, email, address, sector, status, notes. Any invalid row answers 422 with " +
                "'rows': [{ row, field, message }], where row is the file's line (the header is line 1), and nothing is written.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<ImportPreview>> Preview(
        HttpRequest request, CustomerImport import, IStringLocalizer<CustomersResources> localizer, CancellationToken cancellationToken)
    {
        var form = await ReadFormAsync(request, localizer, cancellationToken);
        return TypedResults.Ok(import.Preview(await ReadFileAsync(form, localizer, cancellationToken)));
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(
        HttpRequest request, CustomerImport import, IStringLocalizer<CustomersResources> localizer, CancellationToken cancellationToken)
    {
        var form = await ReadFormAsync(request, localizer, cancellationToken);
        var content = await ReadFileAsync(form, localizer, cancellationToken);
        var mapping = ReadMapping(form["mapping"].ToString(), localizer);
        var report = await import.ImportAsync(
            content, mapping, Flag(form, "dryRun", localizer), Flag(form, "skipDuplicates", localizer), cancellationToken);
        if (!report.HasErrors)
        {
            return TypedResults.Ok(new ImportResponse(report.DryRun, report.Rows, report.Imported, report.Skipped, report.DuplicateCount, report.Duplicates));
        }

        return TypedResults.Problem(
            title: localizer["import.invalid.title"],
            detail: localizer["import.invalid.detail", report.ErrorCount, report.RowsWithErrors],
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["rows"] = report.Errors,
                ["errorCount"] = report.ErrorCount,
                ["rowsWithErrors"] = report.RowsWithErrors,
                ["duplicates"] = report.Duplicates,
                ["duplicateCount"] = report.DuplicateCount,
            });
    }

    private static async Task<IFormCollection> ReadFormAsync(
        HttpRequest request, IStringLocalizer<CustomersResources> localizer, CancellationToken cancellationToken) =>
        request.HasFormContentType
            ? await request.ReadFormAsync(cancellationToken)
            : throw ValidationException.For("file", localizer["validation.required"]);

    private static async Task<byte[]> ReadFileAsync(IFormCollection form, IStringLocalizer<CustomersResources> localizer, CancellationToken cancellationToken)
    {
        var file = form.Files.GetFile("file") ?? throw ValidationException.For("file", localizer["validation.required"]);
        if (file.Length > CsvTable.MaxBytes)
        {
            throw ValidationException.For("file", localizer["import.file.tooLarge", CsvTable.MaxBytes / 1024 / 1024]);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static Dictionary<string, string?> ReadMapping(string json, IStringLocalizer<CustomersResources> localizer)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json)
                ? throw ValidationException.For("mapping", localizer["import.mapping.companyNameRequired"])
                : JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        }
        catch (JsonException)
        {
            throw ValidationException.For("mapping", localizer["import.mapping.invalid"]);
        }
    }

    private static bool Flag(IFormCollection form, string name, IStringLocalizer<CustomersResources> localizer)
    {
        var value = form[name].ToString();
        return value.Length == 0 ? false
            : bool.TryParse(value, out var flag) ? flag
            : throw ValidationException.For(name, localizer["import.flag", name]);
    }
}
