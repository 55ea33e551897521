namespace MetaHub.Kernel.Tenancy;

/// <summary>
/// Reads and writes a tenant's sign-in policy where the platform keeps it (the catalog), so a
/// module can offer the setting without depending on the platform. A save applies to the next request.
/// </summary>
public interface ITenantSecurityPolicyStore
{
    Task<TenantSecurityPolicy?> GetAsync(Guid tenantId, CancellationToken cancellationToken);

    Task SaveAsync(Guid tenantId, TenantSecurityPolicy policy, CancellationToken cancellationToken);
}
