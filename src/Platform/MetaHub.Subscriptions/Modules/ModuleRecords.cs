using System.Globalization;
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
            var meta = ModuleMerge.NewMeta(definition, tenant.Tenant.Id, tenant.Tenant.EnabledModules.Contains(definition.Code, StringComparer.Ordinal), now);
            meta.History = [new ModuleVersionNote(definition.Version, actor, now, null)];
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
            var subscribed = definition.IsCore || tenant.Tenant.EnabledModules.Contains(definition.Code, StringComparer.Ordinal);
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

    /// <summary>Switches the module on or off for the tenant through its setting; true when it changed anything.</summary>
    public bool Switch(TenantModules tenant, ModuleDefinition definition, bool enabled, string action)
    {
        var created = Ensure(tenant, definition, action);
        var setting = tenant.Settings[definition.Code];
        var before = ModuleMerge.Effective(definition, tenant.Metas[definition.Code], setting, subscribed: false).Enabled;
        if (setting.Enabled != enabled)
        {
            Set(tenant.Tenant.Id, definition.Code, action, "setting.enabled", setting.Enabled, enabled);
            setting.Enabled = enabled;
            setting.UpdatedAt = now;
        }

        return created || before != enabled;
    }

    /// <summary>Records a field's change in the module history.</summary>
    public void Set<T>(Guid tenantId, string module, string action, string field, T? oldValue, T? newValue) =>
        Record(tenantId, module, action, field, Show(oldValue), Show(newValue));

    public void Record(Guid tenantId, string module, string action, string? field, string? oldValue, string? newValue) =>
        db.ModuleChanges.Add(new ModuleChange
        {
            TenantId = tenantId, Module = module, Action = action, Field = field, OldValue = oldValue, NewValue = newValue, ChangedBy = actor, ChangedAt = now,
        });

    public static bool SameRoles(IReadOnlyList<string>? left, IReadOnlyList<string>? right) =>
        (left is null && right is null) || (left is not null && right is not null && left.SequenceEqual(right, StringComparer.Ordinal));

    /// <summary>How the history shows a value: invariant, lists joined with commas.</summary>
    public static string? Show<T>(T? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IEnumerable<string> list when value is not string => string.Join(", ", list),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
