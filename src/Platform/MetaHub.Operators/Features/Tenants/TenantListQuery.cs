namespace MetaHub.Operators.Features.Tenants;

/// <summary>
/// The tenants overview's search (slug or name), sort (<c>slug</c>, <c>name</c>, <c>status</c>,
/// <c>package</c>, <c>createdAt</c>; a leading <c>-</c> sorts descending; newest first by default) and page.
/// </summary>
internal sealed record TenantListQuery(string? Search, string? Sort, int? Page, int? PageSize);
