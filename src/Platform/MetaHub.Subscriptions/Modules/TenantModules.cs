using MetaHub.Tenancy.Catalog;

namespace MetaHub.Subscriptions.Modules;

/// <summary>One tenant with its module metas and settings, by module code.</summary>
internal sealed record TenantModules(Tenant Tenant, Dictionary<string, ModuleMeta> Metas, Dictionary<string, ModuleSetting> Settings)
{
    /// <summary>A core module, or one of the tenant's subscription.</summary>
    public bool Subscribes(ModuleDefinition definition) =>
        definition.IsCore || Tenant.EnabledModules.Contains(definition.Code, StringComparer.Ordinal);
}
