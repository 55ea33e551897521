using MetaHub.Tenancy.Catalog;

namespace MetaHub.Tenancy.Placement;

/// <summary>Where a tenant's rows live: the physical database and the application's connection to it.</summary>
internal sealed class TenantRoute(Guid databaseId, TenantPlacement placement, string connectionString)
{
    public Guid DatabaseId { get; } = databaseId;

    public TenantPlacement Placement { get; } = placement;

    /// <summary>Contains credentials: never log it.</summary>
    public string ConnectionString { get; } = connectionString;

    public override string ToString() => $"{Placement} database {DatabaseId}";
}
