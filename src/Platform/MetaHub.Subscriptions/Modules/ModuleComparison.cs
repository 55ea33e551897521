namespace MetaHub.Subscriptions.Modules;

/// <summary>A tenant's module field by field: meta value, setting value, effective value and its source (<c>meta</c>, <c>setting</c>, <c>definition</c> or <c>default</c>).</summary>
internal sealed record ModuleComparison(Guid TenantId, string TenantSlug, string Module, bool HasMeta, bool HasSetting, IReadOnlyList<ModuleComparison.Field> Fields)
{
    public sealed record Field(string Name, string? Meta, string? Setting, string Effective, string Source);
}
