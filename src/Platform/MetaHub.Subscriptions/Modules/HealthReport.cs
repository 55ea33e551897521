namespace MetaHub.Subscriptions.Modules;

/// <summary>The module records' health: tenants and modules checked, what is missing, what is orphaned.</summary>
internal sealed record HealthReport(int Tenants, int Modules, IReadOnlyList<HealthReport.Gap> Missing, IReadOnlyList<HealthReport.Orphan> Orphans)
{
    public bool Healthy => Missing.Count == 0 && Orphans.Count == 0;

    public sealed record Gap(Guid TenantId, string Module, bool MissingMeta, bool MissingSetting);

    public sealed record Orphan(Guid TenantId, string Module, string Kind);
}
