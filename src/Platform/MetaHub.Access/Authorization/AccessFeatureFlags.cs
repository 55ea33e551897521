using MetaHub.Kernel.Modules;

namespace MetaHub.Access.Authorization;

/// <summary>The access module's optional features, switched per tenant by operators.</summary>
public static class AccessFeatureFlags
{
    /// <summary>The audit log's CSV export (API and the button on the audit page).</summary>
    public static readonly FeatureFlagDefinition AuditExport = new("access", "audit-export", DefaultEnabled: true);

    public static readonly IReadOnlyList<FeatureFlagDefinition> All = [AuditExport];
}
