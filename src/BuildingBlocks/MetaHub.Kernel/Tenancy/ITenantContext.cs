using MetaHub.Kernel.Auditing;

namespace MetaHub.Kernel.Tenancy;

/// <summary>The tenant (and company) the current request or job works for, and on whose behalf.</summary>
public interface ITenantContext
{
    TenantInfo? Tenant { get; }

    DataScope Scope { get; }

    /// <summary>Who the changes of this scope are audited as.</summary>
    AuditActor Actor { get; }

    /// <summary>Narrows the scope to a company or the group view of the same tenant, once the user is known.</summary>
    void UseScope(DataScope scope);

    void UseActor(AuditActor actor);
}
