using MetaHub.Customers.Domain;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// Brings customers in from a CSV file, all or nothing: every row is mapped, normalised and checked
/// with <see cref="CustomerRules"/> (the rules of the form and the API); one bad row and nothing is
/// written, otherwise every row is added in one transaction.
/// </summary>
internal sealed class CustomerImport(
    ITenantDbContextFactory databases, CustomerRules rules, IStringLocalizer<CustomersResources> localizer, TimeProvider time)
{
    public const int PreviewRows = 10;

    /// <summary>More problems than anyone reads in one go; the counts still say how many there are.</summary>
    public const int MaxListed = 1000;

    public ImportPreview Preview(byte[] content)
    {
        var table = CsvTable.Read(content, localizer);
        return new ImportPreview(
            table.Encoding,
            table.Separator.ToString(),
            table.Headers,
            [.. table.Rows.Take(PreviewRows).Select(r => r.Values)],
            table.Rows.Count,
            ImportFields.Suggest(table.Headers));
    }

    /// <param name="content">The CSV file.</param>
    /// <param name="mapping">Header → field (<see cref="ImportFields.All"/>); a header left out or mapped to null is not imported.</param>
    /// <param name="dryRun">Checks and counts only.</param>
    /// <param name="skipDuplicates">Leaves out rows that repeat a stored customer or an earlier row instead of adding them too.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<ImportReport> ImportAsync(
        byte[] content, IReadOnlyDictionary<string, string?> mapping, bool dryRun, bool skipDuplicates, CancellationToken cancellationToken)
    {
        var table = CsvTable.Read(content, localizer);
        var columns = Columns(table.Headers, mapping);

        await using var db = databases.CreateDbContext();
        if (db.Scope.GroupView || !db.Scope.HasCompany)
        {
            throw new ForbiddenException(localizer["import.companyRequired"]);
        }

        var duplicates = new DuplicateFinder(localizer);
        await foreach (var stored in db.Set<Customer>().AsNoTracking()
            .Select(c => new { c.CompanyName, c.Email, c.Phone }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            duplicates.AddStored(stored.CompanyName, stored.Email, stored.Phone);
        }

        var errors = new List<ImportRowError>();
        var warnings = new List<ImportDuplicate>();
        var accepted = new List<CustomerFields>();
        foreach (var row in table.Rows)
        {
            var (fields, rowErrors) = Check(row, columns);
            errors.AddRange(rowErrors);
            var repeated = duplicates.Check(row.Line, fields);
            warnings.AddRange(repeated);
            if (repeated.Count == 0 || !skipDuplicates)
            {
                accepted.Add(fields);
            }
        }

        var skipped = table.Rows.Count - accepted.Count;
        if (errors.Count == 0 && !dryRun)
        {
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var fields in accepted)
            {
                var customer = new Customer { CompanyName = "", CreatedAt = now, UpdatedAt = now };
                fields.ApplyTo(customer);
                db.Add(customer);
            }

            // One SaveChanges, one transaction: a failure leaves no row behind.
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ImportReport(
            dryRun,
            table.Rows.Count,
            errors.Count == 0 ? accepted.Count : 0,
            errors.Count == 0 ? skipped : 0,
            errors.Count,
            errors.Select(e => e.Row).Distinct().Count(),
            [.. errors.Take(MaxListed)],
            warnings.Count,
            [.. warnings.Take(MaxListed)]);
    }

    /// <summary>The column of each mapped field; a mapping that cannot be followed is refused under <c>mapping</c>.</summary>
    private Dictionary<string, int> Columns(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string?> mapping)
    {
        var problems = new List<string>();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (header, requested) in mapping)
        {
            if (string.IsNullOrWhiteSpace(requested))
            {
                continue;
            }

            var index = IndexOf(headers, header.Trim());
            var field = ImportFields.All.FirstOrDefault(f => string.Equals(f, requested.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0 || header.Trim().Length == 0)
            {
                problems.Add(localizer["import.mapping.unknownHeader", header]);
            }
            else if (field is null)
            {
                problems.Add(localizer["import.mapping.unknownField", requested, string.Join(", ", ImportFields.All)]);
            }
            else if (!columns.TryAdd(field, index))
            {
                problems.Add(localizer["import.mapping.twice", localizer[$"csv.field.{field}"]]);
            }
        }

        if (!columns.ContainsKey(ImportFields.CompanyName))
        {
            problems.Add(localizer["import.mapping.companyNameRequired"]);
        }

        return problems.Count == 0
            ? columns
            : throw new ValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["mapping"] = [.. problems] });
    }

    private static int IndexOf(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], header, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private (CustomerFields Fields, List<ImportRowError> Errors) Check(CsvRow row, Dictionary<string, int> columns)
    {
        string? Cell(string field) => columns.TryGetValue(field, out var index) ? row.Values[index] : null;

        var errors = new List<ImportRowError>();
        CustomerStatus? status = null;
        if (Cell(ImportFields.Status) is { } text && !string.IsNullOrWhiteSpace(text))
        {
            if (ImportFields.TryParseStatus(text, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors.Add(new ImportRowError(row.Line, ImportFields.Status, localizer["import.status"]));
            }
        }

        var fields = new CustomerFields(
            Cell(ImportFields.CompanyName),
            Cell(ImportFields.ContactPerson),
            Cell(ImportFields.Phone),
            Cell(ImportFields.Email),
            Cell(ImportFields.Address),
            Cell(ImportFields.Sector),
            status,
            Cell(ImportFields.Notes)).Normalised();
        foreach (var (field, messages) in rules.Check(fields))
        {
            errors.AddRange(messages.Select(m => new ImportRowError(row.Line, field, m)));
        }

        return (fields, errors);
    }
}
