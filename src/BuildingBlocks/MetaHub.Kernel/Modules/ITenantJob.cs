namespace MetaHub.Kernel.Modules;

/// <summary>
/// The work of a module's background job for one tenant (<see cref="TenantJobDefinition"/>). The
/// host creates it in a service scope bound to that tenant — <see cref="Tenancy.ITenantContext"/>
/// set, a tenant-wide <see cref="Tenancy.DataScope"/> (company rows need a company scope:
/// <c>ITenantDbContextFactory.CreateDbContext(DataScope.ForCompany(..))</c> to write them, the
/// group view to read them all), changes audited as <see cref="Auditing.AuditActor.System"/> — and
/// calls <see cref="RunAsync"/> once per tenant and firing. Take services by constructor, as a use
/// case does; it needs no registration.
/// </summary>
public interface ITenantJob
{
    /// <summary>Does the work for the scope's tenant. An exception is logged by the host and does not stop the other tenants.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
