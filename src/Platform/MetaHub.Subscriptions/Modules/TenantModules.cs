using MetaHub.Tenancy.Catalog;

namespace MetaHub.Subscriptions.Modules;

/// <summary>One tenant with its module metas and settings, by module code.</summary>
internal sealed record TenantModules(Tenant Tenant, Dictionary<string, ModuleMeta> Metas, Dictionary<string, ModuleSetting> Settings);
