using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A tenant's subscription to a package; its modules are what the tenant may use.</summary>
public sealed class Subscription : Entity
{
    public Guid TenantId { get; set; }

    public Guid PackageId { get; set; }

    public Package Package { get; set; } = null!;

    public SubscriptionStatus Status { get; set; }

    public BillingPeriod BillingPeriod { get; set; }

    public DateTime StartDate { get; set; }

    public DateTime? TrialEndDate { get; set; }

    public DateTime CurrentPeriodEnd { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<SubscriptionModule> Modules { get; set; } = [];
}
