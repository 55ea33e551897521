using MetaHub.Customers.Features.ListCustomers;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.ExportCustomers;

/// <summary><c>GET /api/v1/customers/export</c>: the company's customers as CSV or XLSX, with the list's filters; a plain link works with the browser's session.</summary>
internal static class ExportCustomersEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/customers/export", Export).WithTags("Customers").ForModule("customers")
            .RequirePermission(CustomerPermissions.View)
            .WithName("ExportCustomers")
            .WithSummary("The active company's customers as format=csv (UTF-8 with BOM, ';' for Turkish and ',' for English) or format=xlsx, " +
                "filtered and sorted like the list (search, status, sector, sort), headers and statuses in the caller's language.")
            .Produces(StatusCodes.Status200OK, contentType: CustomerExport.CsvContentType)
            .Produces(StatusCodes.Status200OK, contentType: CustomerExport.XlsxContentType)
            .ProducesValidationProblem();

    private static async Task<IResult> Export(
        string? format, string? search, string? status, string? sector, string? sort,
        CustomerExport export, IStringLocalizer<CustomersResources> localizer, CancellationToken cancellationToken)
    {
        var query = CustomerListQuery.From(search, status, sector, sort, deleted: false, localizer);
        return (format?.Trim().ToLowerInvariant() ?? "csv") switch
        {
            "csv" => TypedResults.Stream(
                output => export.WriteCsvAsync(output, query, cancellationToken), CustomerExport.CsvContentType, export.FileName("csv")),
            "xlsx" => TypedResults.File(
                await export.WriteXlsxAsync(query, cancellationToken), CustomerExport.XlsxContentType, export.FileName("xlsx")),
            _ => throw ValidationException.For("format", localizer["export.format"]),
        };
    }
}
