using MetaHub.Customers.Data;
using MetaHub.Customers.Domain;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Customers.Features.ListCustomers;

/// <summary>
/// The one reading of a <see cref="CustomerListQuery"/>, so the list, its export and anything else
/// showing "these customers" agree on what the filters mean.
/// </summary>
internal static class CustomerQuery
{
    /// <summary>Narrows and orders <paramref name="customers"/> (a company-scoped set) as <paramref name="query"/> says.</summary>
    public static IQueryable<Customer> Apply(IQueryable<Customer> customers, CustomerListQuery query)
    {
        if (query.Deleted)
        {
            customers = customers.IgnoreQueryFilters([CustomerConfiguration.NotDeleted]).Where(c => c.DeletedAt != null);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // lower() folds only ASCII on SQLite (and on PostgreSQL under a C locale), so the text
            // is also tried with only its ASCII letters lowered: "Şahin" still finds "Şahin Ltd".
            var typed = query.Search.Trim();
            var lowered = typed.ToLowerInvariant();
            var asciiLowered = string.Concat(typed.Select(c => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c));
#pragma warning disable CA1304, CA1311, CA1862, MA0011 // translated to SQL lower(); the culture overloads have no translation
            customers = customers.Where(c =>
                c.CompanyName.ToLower().Contains(lowered) || c.CompanyName.ToLower().Contains(asciiLowered)
                || (c.ContactPerson != null && (c.ContactPerson.ToLower().Contains(lowered) || c.ContactPerson.ToLower().Contains(asciiLowered)))
                || (c.Email != null && c.Email.ToLower().Contains(lowered))
                || (c.Phone != null && c.Phone.Contains(typed)));
#pragma warning restore CA1304, CA1311, CA1862, MA0011
        }

        if (query.Status is { } status)
        {
            customers = customers.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Sector))
        {
            // In any case, as a link or a hand-typed URL may spell it.
            var sector = query.Sector.Trim();
            var lowered = sector.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862, MA0011 // translated to SQL lower()
            customers = customers.Where(c => c.Sector != null && (c.Sector == sector || c.Sector.ToLower() == lowered));
#pragma warning restore CA1304, CA1311, CA1862, MA0011
        }

        return Sort(customers, query.Sort);
    }

    private static IOrderedQueryable<Customer> Sort(IQueryable<Customer> customers, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = sort?.TrimStart('-').ToLowerInvariant();

        // The name and then the id break ties, so paging never shows a row twice or skips one.
        var ordered = (key, descending) switch
        {
            ("createdat", false) => customers.OrderBy(c => c.CreatedAt),
            ("createdat", true) => customers.OrderByDescending(c => c.CreatedAt),
            ("updatedat", false) => customers.OrderBy(c => c.UpdatedAt),
            ("updatedat", true) => customers.OrderByDescending(c => c.UpdatedAt),
            ("deletedat", false) => customers.OrderBy(c => c.DeletedAt),
            ("deletedat", true) => customers.OrderByDescending(c => c.DeletedAt),
            ("status", false) => customers.OrderBy(c => c.Status),
            ("status", true) => customers.OrderByDescending(c => c.Status),
            // Customers without a sector come last either way, on both providers alike.
            ("sector", false) => customers.OrderBy(c => c.Sector == null).ThenBy(c => c.Sector),
            ("sector", true) => customers.OrderBy(c => c.Sector == null).ThenByDescending(c => c.Sector),
            (_, true) => customers.OrderByDescending(c => c.CompanyName),
            _ => customers.OrderBy(c => c.CompanyName),
        };
        return ordered.ThenBy(c => c.CompanyName).ThenBy(c => c.Id);
    }
}
