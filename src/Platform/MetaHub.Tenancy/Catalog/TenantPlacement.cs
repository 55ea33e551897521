namespace MetaHub.Tenancy.Catalog;

public enum TenantPlacement
{
    /// <summary>The tenant has a database of its own.</summary>
    Dedicated = 0,

    /// <summary>The tenant's rows live in a shared database, told apart by <c>TenantId</c>.</summary>
    Shared = 1,
}
