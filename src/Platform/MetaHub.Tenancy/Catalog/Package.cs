using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>What a tenant can subscribe to: a price, a user limit, a set of modules and where its data lives.</summary>
public sealed class Package : Entity
{
    public const int CodeMaxLength = 40;

    /// <summary>Stable lower-case code (<c>starter</c>, <c>professional</c>, <c>enterprise</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public decimal MonthlyPrice { get; set; }

    public decimal YearlyPrice { get; set; }

    /// <summary>ISO 4217 code of both prices.</summary>
    public string Currency { get; set; } = "TRY";

    public int MaxUsers { get; set; }

    /// <summary>Where a tenant on this package keeps its data.</summary>
    public TenantPlacement Placement { get; set; }

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }

    public List<PackageModule> Modules { get; set; } = [];
}
