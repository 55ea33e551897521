namespace MetaHub.Tenancy.Resolution;

/// <summary>The cache keys a catalog save touched, before and after the change.</summary>
internal sealed class CatalogChanges
{
    public HashSet<string> Slugs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Domains { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<Guid> TenantIds { get; } = [];

    public HashSet<Guid> DatabaseIds { get; } = [];

    public bool IsEmpty => Slugs.Count == 0 && Domains.Count == 0 && TenantIds.Count == 0 && DatabaseIds.Count == 0;
}
