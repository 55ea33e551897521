using System.Globalization;
using System.Text.Json;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Subscriptions.Modules;

/// <summary>
/// The tenants' module records (meta and setting) inside one catalog unit of work: creates what is
/// missing, switches modules on and off, and writes each change to the module history. Every
/// operation of module management goes through here, so each is idempotent the same way: doing
/// it again finds the work done and records nothing.
/// </summary>
internal sealed class ModuleRecords(CatalogDbContext db, string actor, DateTime now)
{
    private readonly Dictionary<Guid, TenantModules> loaded = [];
    private IReadOnlyDictionary<string, ModuleDefinition>? definitions;

    public CatalogDbContext Db => db;

    /// <summary>The moment this unit of work stamps on what it creates and changes.</summary>
    public DateTime Now => now;

    public async Task<IReadOnlyDictionary<string, ModuleDefinition>> DefinitionsAsync(CancellationToken cancellationToken) =>
        definitions ??= await db.ModuleDefinitions.ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);

    /// <summary>Loads the records of many tenants at once (for batches).</summary>
    public async Task LoadAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken)
    {
        var missing = tenantIds.Where(id => !loaded.ContainsKey(id)).ToList();
        foreach (var chunk in missing.Chunk(500))
        {
            var tenants = await db.Tenants.Where(t => chunk.Contains(t.Id)).ToListAsync(cancellationToken);
            var metas = await db.ModuleMetas.Where(m => chunk.Contains(m.TenantId)).ToListAsync(cancellationToken);
            var settings = await db.ModuleSettings.Where(s => chunk.Contains(s.TenantId)).ToListAsync(cancellationToken);
            foreach (var tenant in tenants)
            {
                loaded[tenant.Id] = new TenantModules(
                    tenant,
                    metas.Where(m => m.TenantId == tenant.Id).ToDictionary(m => m.Name, StringComparer.Ordinal),
                    settings.Where(s => s.TenantId == tenant.Id).ToDictionary(s => s.Module, StringComparer.Ordinal));
            }
        }
    }

    public async Task<TenantModules?> TenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await LoadAsync([tenantId], cancellationToken);
        return loaded.GetValueOrDefault(tenantId);
    }

    /// <summary>Creates the module's meta and setting where missing; true when anything was created.</summary>
    public bool Ensure(TenantModules tenant, ModuleDefinition definition, string action)
    {
        var created = false;
        if (!tenant.Metas.ContainsKey(definition.Code))
        {
            var meta = ModuleMerge.NewMeta(definition, tenant.Tenant.Id, tenant.Subscribes(definition), now, actor);
            tenant.Metas[definition.Code] = meta;
            db.ModuleMetas.Add(meta);
            Record(tenant.Tenant.Id, definition.Code, action, "meta", null, "created");
            created = true;
        }

        if (!tenant.Settings.ContainsKey(definition.Code))
        {
            var setting = ModuleMerge.NewSetting(definition.Code, tenant.Tenant.Id, now);
            tenant.Settings[definition.Code] = setting;
            db.ModuleSettings.Add(setting);
            Record(tenant.Tenant.Id, definition.Code, action, "setting", null, "created");
            created = true;
        }

        return created;
    }

    /// <summary>
    /// SPEC §4 onboarding: a meta and a setting for every module, the meta enabled for exactly the
    /// core modules and those of the tenant's subscription. Returns how many records it created or changed.
    /// </summary>
    public async Task<int> OnboardAsync(TenantModules tenant, CancellationToken cancellationToken)
    {
        var changes = 0;
        foreach (var definition in (await DefinitionsAsync(cancellationToken)).Values)
        {
            changes += Ensure(tenant, definition, "onboarding") ? 1 : 0;
            var meta = tenant.Metas[definition.Code];
            var subscribed = tenant.Subscribes(definition);
            if (meta.Enabled != subscribed)
            {
                Set(tenant.Tenant.Id, definition.Code, "onboarding", "meta.enabled", meta.Enabled, subscribed);
                meta.Enabled = subscribed;
                meta.UpdatedAt = now;
                changes++;
            }
        }

        return changes;
    }

    /// <summary>
    /// Switches the module on or off for the tenant through its setting, creating the setting when
    /// missing (the meta is onboarding's and repair's to create; until then the definition stands in).
    /// One history entry per change; true when it changed anything.
    /// </summary>
    public bool Switch(TenantModules tenant, ModuleDefinition definition, bool enabled, string action)
    {
        var before = ModuleMerge.Effective(
            definition, tenant.Metas.GetValueOrDefault(definition.Code), tenant.Settings.GetValueOrDefault(definition.Code), tenant.Subscribes(definition)).Enabled;
        if (!tenant.Settings.TryGetValue(definition.Code, out var setting))
        {
            setting = ModuleMerge.NewSetting(definition.Code, tenant.Tenant.Id, now);
            tenant.Settings[definition.Code] = setting;
            db.ModuleSettings.Add(setting);
        }

        if (setting.Enabled == enabled)
        {
            return false;
        }

        Set(tenant.Tenant.Id, definition.Code, action, "setting.enabled", setting.Enabled, enabled);
        setting.Enabled = enabled;
        setting.UpdatedAt = now;
        return before != enabled || db.Entry(setting).State == EntityState.Added;
    }

    /// <summary>Records a field's change in the module history.</summary>
    public void Set<T>(Guid tenantId, string module, string action, string field, T? oldValue, T? newValue) =>
        Record(tenantId, module, action, field, Show(oldValue), Show(newValue));

    public void Record(Guid tenantId, string module, string action, string? field, string? oldValue, string? newValue) =>
        db.ModuleChanges.Add(new ModuleChange
        {
            TenantId = tenantId, Module = module, Action = action, Field = field, OldValue = Fit(oldValue), NewValue = Fit(newValue), ChangedBy = actor, ChangedAt = now,
        });

    /// <summary>Both absent, or the same items in the same order (roles, version notes, routes).</summary>
    public static bool SameList<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        (left is null && right is null) || (left is not null && right is not null && left.SequenceEqual(right));

    /// <summary>
    /// How the history and the comparison show a value: invariant, texts in both languages, lists
    /// joined with commas, anything structured as JSON; an empty translated text is no value.
    /// </summary>
    public static string? Show<T>(T? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        TranslatedText text => text.Tr.Length == 0 && text.En.Length == 0 ? null : $"{text.Tr} / {text.En}",
        IEnumerable<string> list => string.Join(", ", list),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
    };

    /// <summary>A value as the history's columns hold it (at most 4000 characters).</summary>
    private static string? Fit(string? value) => value is { Length: > 4000 } ? value[..4000] : value;
}
