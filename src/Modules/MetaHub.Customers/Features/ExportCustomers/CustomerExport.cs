using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using MetaHub.Customers.Domain;
using MetaHub.Customers.Features.ListCustomers;
using MetaHub.Customers.Features.ImportCustomers;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.ExportCustomers;

/// <summary>
/// The company's customers as a file for Excel, with the list's filters: CSV (UTF-8 with a byte
/// order mark, headers and statuses in the reader's language, formulas defused) or an XLSX
/// workbook. Both read back through the import.
/// </summary>
internal sealed class CustomerExport(ITenantDbContextFactory databases, IStringLocalizer<CustomersResources> localizer, TimeProvider time)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string DateFormat = "yyyy-MM-dd HH:mm";

    /// <summary><c>customers-2026-03-01.csv</c>, dated in the server's time zone, as the page shows dates.</summary>
    public string FileName(string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"customers-{time.GetLocalNow():yyyy-MM-dd}.{extension}");

    /// <summary>
    /// Writes the CSV row by row as the database returns them. Turkish Excel splits columns at
    /// semicolons (its list separator) and English Excel at commas, so the reader's language picks.
    /// </summary>
    public async Task WriteCsvAsync(Stream output, CustomerListQuery query, CancellationToken cancellationToken)
    {
        var options = CsvWriterOptions.Default with
        {
            Separator = CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "tr" ? ';' : ',',
            WriteByteOrderMark = true,

            // A cell that starts with = + - @ is a formula to Excel; a leading ' makes it text.
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordAsync(Headers(), cancellationToken);
        await using var db = databases.CreateDbContext();
        await foreach (var customer in Customers(db, query).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(
                [
                    customer.CompanyName, customer.ContactPerson, customer.Phone, customer.Email, customer.Address, customer.Sector,
                    Status(customer.Status), customer.Notes,
                    ToLocal(customer.CreatedAt).ToString(DateFormat, CultureInfo.InvariantCulture),
                ],
                cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>One sheet: a bold header row with filters, text cells (so nothing is read as a formula or a number) and real dates.</summary>
    public async Task<byte[]> WriteXlsxAsync(CustomerListQuery query, CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(localizer["menu.customers"].Value);
        var headers = Headers();
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(headers[column]);
        }

        var row = 1;
        await using (var db = databases.CreateDbContext())
        {
            await foreach (var customer in Customers(db, query).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                row++;
                string?[] texts =
                [
                    customer.CompanyName, customer.ContactPerson, customer.Phone, customer.Email, customer.Address, customer.Sector,
                    Status(customer.Status), customer.Notes,
                ];
                for (var column = 0; column < texts.Length; column++)
                {
                    if (texts[column] is { } text)
                    {
                        sheet.Cell(row, column + 1).SetValue(text);
                    }
                }

                sheet.Cell(row, texts.Length + 1).SetValue(ToLocal(customer.CreatedAt));
            }
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Range(1, 1, row, headers.Length).SetAutoFilter();
        sheet.Column(headers.Length).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
        sheet.SheetView.FreezeRows(1);

        // Fixed widths: measuring the text would need GDI+, which Linux servers lack.
        int[] widths = [32, 24, 18, 28, 40, 18, 12, 40, 17];
        for (var column = 0; column < widths.Length; column++)
        {
            sheet.Column(column + 1).Width = widths[column];
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static IQueryable<Customer> Customers(TenantDbContext db, CustomerListQuery query) =>
        CustomerQuery.Apply(db.Set<Customer>().AsNoTracking(), query);

    private static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime();

    private string[] Headers() =>
        [.. ImportFields.All.Append("createdAt").Select(field => localizer[$"csv.field.{field}"].Value)];

    private string Status(CustomerStatus status) => localizer[$"csv.status.{status.ToString().ToLowerInvariant()}"];
}
