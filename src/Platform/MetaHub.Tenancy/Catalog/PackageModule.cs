using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A module a package offers; <see cref="MaxEntities"/> caps its main records (null: no cap).</summary>
public sealed class PackageModule : Entity
{
    public Guid PackageId { get; set; }

    public required string ModuleCode { get; set; }

    public bool IsIncluded { get; set; } = true;

    public int? MaxEntities { get; set; }
}
