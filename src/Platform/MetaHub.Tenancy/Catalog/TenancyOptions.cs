using System.ComponentModel.DataAnnotations;

namespace MetaHub.Tenancy.Catalog;

/// <summary>Tenant resolution settings, section <c>MetaHub:Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    public const string Section = "MetaHub:Tenancy";

    /// <summary>Tenants answer on <c>{slug}.{BaseDomain}</c>.</summary>
    [Required]
    public string BaseDomain { get; set; } = "localhost";

    /// <summary>Hosts that serve the API for other sites; the tenant comes from <c>Origin</c> or <c>Referer</c>.</summary>
    public List<string> ApiDomains { get; set; } = [];

    /// <summary>Development-only fallback tenant slug.</summary>
    public string? DevTenant { get; set; }

    /// <summary>How long a lookup that found no tenant is remembered.</summary>
    [Range(1, 3600)]
    public int MissCacheSeconds { get; set; } = 30;

    /// <summary>How long a found tenant is trusted before it is read again (invalidation normally comes first).</summary>
    [Range(1, 1440)]
    public int CacheMinutes { get; set; } = 10;

    /// <summary><c>Retry-After</c> sent while a tenant is still being provisioned.</summary>
    [Range(1, 3600)]
    public int ProvisioningRetryAfterSeconds { get; set; } = 5;
}
