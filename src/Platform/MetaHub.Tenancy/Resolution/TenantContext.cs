using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Tenancy.Resolution;

/// <summary>The scoped <see cref="ITenantContext"/>: filled once per request (or circuit, or job).</summary>
internal sealed class TenantContext : ITenantContext
{
    /// <summary>The cached catalog answer this scope works for: tenant, route and log scope.</summary>
    internal TenantEntry? Entry { get; private set; }

    public TenantInfo? Tenant => Entry?.Info;

    public DataScope Scope { get; private set; }

    public AuditActor Actor { get; private set; } = AuditActor.System;

    public void UseActor(AuditActor actor) => Actor = actor;

    internal void Set(TenantEntry entry)
    {
        Entry = entry;
        Scope = DataScope.ForTenant(entry.Info.Id);
    }

    /// <summary>
    /// A newer catalog answer for the same tenant (a long-lived circuit after its modules or settings
    /// changed); the scope and actor stay.
    /// </summary>
    internal void Refresh(TenantEntry entry)
    {
        if (Entry is null || entry.Info.Id != Entry.Info.Id)
        {
            throw new InvalidOperationException("A refreshed entry must be of the same tenant.");
        }

        Entry = entry;
    }

    public void UseScope(DataScope scope)
    {
        if (Entry is null || scope.TenantId != Entry.Info.Id)
        {
            throw new InvalidOperationException("A data scope must stay inside the resolved tenant.");
        }

        Scope = scope;
    }
}
