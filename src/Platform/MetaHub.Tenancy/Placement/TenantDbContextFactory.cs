using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Resolution;

namespace MetaHub.Tenancy.Placement;

internal sealed class TenantDbContextFactory(TenantContext tenant, TenantConnections connections) : ITenantDbContextFactory
{
    public TenantDbContext CreateDbContext() => CreateDbContext(tenant.Scope);

    public TenantDbContext CreateTenantWideDbContext() => CreateDbContext(DataScope.ForTenant(tenant.Scope.TenantId));

    public TenantDbContext CreateDbContext(DataScope scope)
    {
        if (tenant.Entry?.Route is not { ConnectionString.Length: > 0 } route)
        {
            throw new InvalidOperationException("No tenant database is available in this scope: the tenant is not resolved or not provisioned.");
        }

        if (scope.TenantId != tenant.Entry.Info.Id)
        {
            throw new InvalidOperationException("A data scope must stay inside the resolved tenant.");
        }

        return new TenantDbContext(connections.GetAppOptions(route), connections.Model, scope, tenant.Actor);
    }
}
