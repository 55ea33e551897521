using MetaHub.Kernel.Paging;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Operators.Features.Tenants;

/// <summary>Every tenant of the platform, searched, sorted and paged in the catalog database.</summary>
internal sealed class TenantOverview(IDbContextFactory<CatalogDbContext> catalogs)
{
    public async Task<PagedResult<TenantSummary>> ListAsync(TenantListQuery query, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        var tenants = db.Tenants.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();

            // Translated to SQL lower() on both providers; the culture overloads have no translation.
#pragma warning disable CA1304, CA1311, CA1862, MA0011
            tenants = tenants.Where(t => t.Slug.ToLower().Contains(term) || t.Name.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862, MA0011
        }

        var rows = tenants.Select(t => new Row
        {
            Tenant = t,
            Package = db.Subscriptions.Where(s => s.TenantId == t.Id).OrderByDescending(s => s.CreatedAt).Select(s => s.Package.Name).FirstOrDefault(),
        });
        return await Sort(rows, query.Sort)
            .Select(r => new TenantSummary(r.Tenant.Id, r.Tenant.Slug, r.Tenant.Name, r.Tenant.Status, r.Package, r.Tenant.CreatedAt))
            .AsNoTracking()
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    private static IQueryable<Row> Sort(IQueryable<Row> rows, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        return (sort?.TrimStart('-').ToLowerInvariant(), descending) switch
        {
            ("slug", false) => rows.OrderBy(r => r.Tenant.Slug),
            ("slug", true) => rows.OrderByDescending(r => r.Tenant.Slug),
            ("name", false) => rows.OrderBy(r => r.Tenant.Name).ThenBy(r => r.Tenant.Slug),
            ("name", true) => rows.OrderByDescending(r => r.Tenant.Name).ThenBy(r => r.Tenant.Slug),
            ("status", false) => rows.OrderBy(r => r.Tenant.Status).ThenBy(r => r.Tenant.Slug),
            ("status", true) => rows.OrderByDescending(r => r.Tenant.Status).ThenBy(r => r.Tenant.Slug),
            ("package", false) => rows.OrderBy(r => r.Package).ThenBy(r => r.Tenant.Slug),
            ("package", true) => rows.OrderByDescending(r => r.Package).ThenBy(r => r.Tenant.Slug),
            ("createdat", false) => rows.OrderBy(r => r.Tenant.CreatedAt).ThenBy(r => r.Tenant.Slug),
            _ => rows.OrderByDescending(r => r.Tenant.CreatedAt).ThenBy(r => r.Tenant.Slug),
        };
    }

    private sealed class Row
    {
        public required Tenant Tenant { get; init; }

        public string? Package { get; init; }
    }
}
