using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A tenant's switch for an optional feature of a module; without a row the feature's default applies.</summary>
public sealed class ModuleFeatureFlag : Entity
{
    public Guid TenantId { get; set; }

    public required string Module { get; set; }

    /// <summary>The feature's key within its module, e.g. <c>audit-export</c>.</summary>
    public required string Key { get; set; }

    public bool Enabled { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
