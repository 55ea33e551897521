using MetaHub.Kernel.Tenancy;

namespace MetaHub.Kernel.Data;

/// <summary>
/// Opens the current tenant's database, bound to the current data scope. Blazor components and
/// jobs take a fresh context per operation from here; circuits are too long-lived to hold one.
/// </summary>
public interface ITenantDbContextFactory
{
    TenantDbContext CreateDbContext();

    /// <summary>A context of the same tenant with another scope, e.g. tenant-wide records written from the group view.</summary>
    TenantDbContext CreateDbContext(DataScope scope);

    /// <summary>A context of the same tenant without a company: users, memberships, sessions, companies themselves.</summary>
    TenantDbContext CreateTenantWideDbContext();
}
