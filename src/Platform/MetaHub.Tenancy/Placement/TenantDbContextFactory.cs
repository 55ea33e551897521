using MetaHub.Kernel.Data;
using MetaHub.Tenancy.Resolution;

namespace MetaHub.Tenancy.Placement;

internal sealed class TenantDbContextFactory(TenantContext tenant, TenantConnections connections) : ITenantDbContextFactory
{
    public TenantDbContext CreateDbContext()
    {
        if (tenant.Entry?.Route is not { ConnectionString.Length: > 0 } route)
        {
            throw new InvalidOperationException("No tenant database is available in this scope: the tenant is not resolved or not provisioned.");
        }

        return new TenantDbContext(connections.GetAppOptions(route), connections.Model, tenant.Scope);
    }
}
