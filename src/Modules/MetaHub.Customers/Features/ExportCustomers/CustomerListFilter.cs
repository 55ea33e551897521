using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features.ExportCustomers;

/// <summary>
/// The customer list's search, status and sector filters and its sort orders, for the export (the
/// list page's query is meant to share it).
/// </summary>
internal static class CustomerListFilter
{
    /// <param name="customers">The company's customers (query filters applied).</param>
    /// <param name="search">Part of the company name, contact person, email or phone, in any case.</param>
    /// <param name="status">Only this status.</param>
    /// <param name="sector">Only this sector, in any case.</param>
    /// <param name="sort">companyName (the default), contactPerson, sector, status, createdAt or updatedAt; a leading - sorts descending.</param>
    public static IQueryable<Customer> Apply(IQueryable<Customer> customers, string? search, CustomerStatus? status, string? sector, string? sort)
    {
        // lower() is translated on both providers but folds only ASCII letters there (SQLite, and
        // PostgreSQL under the C locale), so the text as typed is tried too: "Çağrı" finds "Çağrı".
#pragma warning disable CA1304, CA1311, CA1862, MA0011
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var term = text.ToLowerInvariant();
            customers = customers.Where(c => c.CompanyName.Contains(text) || c.CompanyName.ToLower().Contains(term)
                || (c.ContactPerson != null && (c.ContactPerson.Contains(text) || c.ContactPerson.ToLower().Contains(term)))
                || (c.Email != null && c.Email.ToLower().Contains(term))
                || (c.Phone != null && c.Phone.Contains(text)));
        }

        if (status is { } only)
        {
            customers = customers.Where(c => c.Status == only);
        }

        if (!string.IsNullOrWhiteSpace(sector))
        {
            var name = sector.Trim();
            var lower = name.ToLowerInvariant();
            customers = customers.Where(c => c.Sector != null && (c.Sector == name || c.Sector.ToLower() == lower));
        }
#pragma warning restore CA1304, CA1311, CA1862, MA0011

        var descending = sort?.StartsWith('-') == true;
        return (sort?.TrimStart('-').ToLowerInvariant(), descending) switch
        {
            ("contactperson", false) => customers.OrderBy(c => c.ContactPerson).ThenBy(c => c.CompanyName).ThenBy(c => c.Id),
            ("contactperson", true) => customers.OrderByDescending(c => c.ContactPerson).ThenBy(c => c.CompanyName).ThenBy(c => c.Id),
            ("sector", false) => customers.OrderBy(c => c.Sector).ThenBy(c => c.CompanyName).ThenBy(c => c.Id),
            ("sector", true) => customers.OrderByDescending(c => c.Sector).ThenBy(c => c.CompanyName).ThenBy(c => c.Id),
            ("status", false) => customers.OrderBy(c => c.Status).ThenBy(c => c.CompanyName).ThenBy(c => c.Id),
            ("status", true) => customers.OrderByDescending(c => c.Status).ThenBy(c => c.CompanyName).ThenBy(c => c.Id),
            ("createdat", false) => customers.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
            ("createdat", true) => customers.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
            ("updatedat", false) => customers.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id),
            ("updatedat", true) => customers.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id),
            (_, true) => customers.OrderByDescending(c => c.CompanyName).ThenBy(c => c.Id),
            _ => customers.OrderBy(c => c.CompanyName).ThenBy(c => c.Id),
        };
    }
}
