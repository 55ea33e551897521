namespace MetaHub.Kernel.Tenancy;

/// <summary>The tenant (and company) the current request or job works for.</summary>
public interface ITenantContext
{
    TenantInfo? Tenant { get; }

    DataScope Scope { get; }
}
