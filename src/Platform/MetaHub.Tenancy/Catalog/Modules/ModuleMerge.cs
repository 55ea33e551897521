using MetaHub.Kernel.Modules;

namespace MetaHub.Tenancy.Catalog;

/// <summary>The one place that turns a module's definition, a tenant's meta and setting into what the tenant gets (SPEC §4).</summary>
public static class ModuleMerge
{
    /// <summary>
    /// The meta a tenant starts with for a module: the definition's label, icon and version, enabled
    /// when the module is a core one or part of what the tenant subscribed to; its history starts
    /// with the definition's version, noted as by <paramref name="by"/>.
    /// </summary>
    public static ModuleMeta NewMeta(ModuleDefinition definition, Guid tenantId, bool subscribed, DateTime now, string by = "system") => new()
    {
        TenantId = tenantId,
        Name = definition.Code,
        Label = definition.Label,
        Icon = definition.Icon,
        Enabled = definition.IsCore || subscribed,
        Version = definition.Version,
        Order = definition.SortOrder,
        History = [new ModuleVersionNote(definition.Version, by, now, null)],
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>A meta without overrides: every value comes from the meta until the tenant chooses otherwise.</summary>
    public static ModuleSetting NewSetting(string module, Guid tenantId, DateTime now) =>
        new() { TenantId = tenantId, Module = module, CreatedAt = now, UpdatedAt = now };

    /// <summary>
    /// Label, icon and language from the meta; roles, enabled and order from the setting when set,
    /// else the meta. A core module is always enabled. Without a meta (not yet onboarded or
    /// repaired) the definition stands in for it.
    /// </summary>
    public static EffectiveModule Effective(ModuleDefinition definition, ModuleMeta? meta, ModuleSetting? setting, bool subscribed)
    {
        meta ??= NewMeta(definition, Guid.Empty, subscribed, DateTime.MinValue);
        return new EffectiveModule(
            definition.Code,
            meta.Label.Tr,
            meta.Label.En,
            meta.Icon,
            meta.Language,
            setting?.Roles ?? meta.Roles,
            definition.IsCore || (setting?.Enabled ?? meta.Enabled),
            setting?.Order ?? meta.Order,
            setting?.VisibleInSidebar ?? true,
            setting?.UseAnalytics ?? false,
            setting?.ShowInDashboard ?? true);
    }

    /// <summary>Every module of the catalog as the tenant gets it, in the tenant's order.</summary>
    public static IReadOnlyList<EffectiveModule> Effective(
        IEnumerable<ModuleDefinition> definitions, IEnumerable<ModuleMeta> metas, IEnumerable<ModuleSetting> settings, IReadOnlyCollection<string> subscribed)
    {
        var metaByName = metas.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var settingByModule = settings.ToDictionary(s => s.Module, StringComparer.Ordinal);
        return
        [
            .. definitions
                .Select(d => Effective(d, metaByName.GetValueOrDefault(d.Code), settingByModule.GetValueOrDefault(d.Code), subscribed.Contains(d.Code, StringComparer.Ordinal)))
                .OrderBy(m => m.Order)
                .ThenBy(m => m.Code, StringComparer.Ordinal),
        ];
    }
}
