using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A module a subscription grants, copied from the package (or added) when it was chosen.</summary>
public sealed class SubscriptionModule : Entity
{
    public Guid SubscriptionId { get; set; }

    public required string ModuleCode { get; set; }

    public required string ModuleName { get; set; }

    public int? MaxEntities { get; set; }

    public DateTime AddedAt { get; set; }
}
