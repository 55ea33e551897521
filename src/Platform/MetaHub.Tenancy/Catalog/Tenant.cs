using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A customer of the platform: a group of companies with its own data, domains and branding.</summary>
public sealed class Tenant : Entity
{
    public const int SlugMaxLength = 40;
    public const int NameMaxLength = 200;

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public TenantStatus Status { get; set; } = TenantStatus.Provisioning;

    /// <summary>The setup wizard has run: the tenant has chosen a package and its first company's details.</summary>
    public bool SetupCompleted { get; set; }

    public DateTime? SetupCompletedAt { get; set; }

    public Guid DatabaseId { get; set; }

    public TenantDatabase Database { get; set; } = null!;

    /// <summary>Lower-case module codes the tenant may use.</summary>
    public List<string> EnabledModules { get; set; } = [];

    public TenantBranding Branding { get; set; } = TenantBranding.Default;

    /// <summary>Every user must sign in with a second factor (SPEC §5: on by default).</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>CIDR networks staff may sign in from; empty means anywhere.</summary>
    public List<string> IpAllowList { get; set; } = [];

    public List<TenantDomain> Domains { get; set; } = [];

    /// <summary>Who signed the tenant up: the platform's contact for it (the user account itself lives in the tenant database).</summary>
    public string? OwnerEmail { get; set; }

    public string? OwnerName { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
