using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// The sign-in policy on the tenant's catalog row. Saving goes through the catalog context, whose
/// change interceptor drops the tenant from the directory cache: the policy applies at once.
/// </summary>
internal sealed class CatalogSecurityPolicyStore(IDbContextFactory<CatalogDbContext> catalog, TimeProvider time) : ITenantSecurityPolicyStore
{
    public async Task<TenantSecurityPolicy?> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        return await db.Tenants
            .Where(t => t.Id == tenantId)
            .Select(t => new TenantSecurityPolicy(t.RequireTwoFactor, t.IpAllowList))
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SaveAsync(Guid tenantId, TenantSecurityPolicy policy, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId, cancellationToken);
        tenant.RequireTwoFactor = policy.RequireTwoFactor;
        tenant.IpAllowList = [.. policy.IpAllowList];
        tenant.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
