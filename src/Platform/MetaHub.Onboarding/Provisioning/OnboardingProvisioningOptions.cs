using System.ComponentModel.DataAnnotations;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Onboarding.Provisioning;

/// <summary><c>MetaHub:Onboarding:Provisioning</c>: where new tenants are placed and when their provisioning starts.</summary>
public sealed class OnboardingProvisioningOptions
{
    public const string Section = "MetaHub:Onboarding:Provisioning";

    /// <summary>Placement of a new tenant's data (on SQLite every tenant has a file either way).</summary>
    public TenantPlacement Placement { get; set; } = TenantPlacement.Dedicated;

    /// <summary>Pause between verification and the first step, so the browser can subscribe to the progress first.</summary>
    [Range(0, 60)]
    public double DelaySeconds { get; set; } = 3;
}
