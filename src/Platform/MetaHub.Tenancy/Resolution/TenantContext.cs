using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Placement;

namespace MetaHub.Tenancy.Resolution;

/// <summary>The scoped <see cref="ITenantContext"/>: filled once per request (or circuit, or job).</summary>
internal sealed class TenantContext : ITenantContext
{
    public TenantInfo? Tenant { get; private set; }

    public DataScope Scope { get; private set; }

    public TenantRoute? Route { get; private set; }

    public void Set(TenantEntry entry)
    {
        Tenant = entry.Info;
        Route = entry.Route;
        Scope = DataScope.ForTenant(entry.Info.Id);
    }

    public void UseScope(DataScope scope)
    {
        if (Tenant is null || scope.TenantId != Tenant.Id)
        {
            throw new InvalidOperationException("A data scope must stay inside the resolved tenant.");
        }

        Scope = scope;
    }
}
