using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using MetaHub.Subscriptions.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Subscriptions.Modules;

/// <summary>
/// The operator's view and switches of tenants' feature flags (SPEC §4 op 10). A switch is a
/// tracked catalog save, so the tenant directory drops the tenant's cached entry and its next
/// request, page or job sees the change. Every change lands in the module history and the platform
/// audit; setting what is already set records nothing.
/// </summary>
internal sealed class ModuleFlags(
    IDbContextFactory<CatalogDbContext> catalog,
    FeatureFlagRegistry registry,
    ICurrentOperator currentOperator,
    IPlatformAuditLog audit,
    IStringLocalizer<ModuleResources> localizer,
    TimeProvider time)
{
    /// <summary>Every flag the module declares, as the tenant has it.</summary>
    public async Task<IReadOnlyList<FlagState>> ListAsync(Guid tenantId, string module, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await CheckAsync(db, tenantId, module, cancellationToken);
        var switches = await db.ModuleFeatureFlags.AsNoTracking().Where(f => f.TenantId == tenantId && f.Module == module)
            .ToDictionaryAsync(f => f.Key, StringComparer.Ordinal, cancellationToken);
        return [.. registry.Of(module).Select(flag => State(flag, switches.GetValueOrDefault(flag.Key)))];
    }

    /// <summary>The tenant's id by its slug, for pages where operators type it; null when there is none.</summary>
    public async Task<Guid?> TenantIdAsync(string slug, CancellationToken cancellationToken)
    {
        var key = slug.Trim().ToLowerInvariant();
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.Where(t => t.Slug == key).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Switches the flag on or off for the tenant, or (with null) back to its default.</summary>
    public async Task<FlagState> SetAsync(Guid tenantId, string module, string key, bool? enabled, CancellationToken cancellationToken)
    {
        try
        {
            return await SaveAsync(tenantId, module, key, enabled, cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another operator created the same flag at the same moment and the unique index chose
            // them; nothing of ours was saved, so ours is applied again on top of theirs.
            return await SaveAsync(tenantId, module, key, enabled, cancellationToken);
        }
    }

    private async Task<FlagState> SaveAsync(Guid tenantId, string module, string key, bool? enabled, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await CheckAsync(db, tenantId, module, cancellationToken);
        var flag = registry.Find(module, key) ?? throw new NotFoundException(localizer["flagNotFound", key, module]);
        var row = await db.ModuleFeatureFlags.FirstOrDefaultAsync(f => f.TenantId == tenantId && f.Module == module && f.Key == key, cancellationToken);
        bool? before = row?.Enabled;
        if (before == enabled)
        {
            return State(flag, row);
        }

        var actor = currentOperator.Email ?? "system";
        var now = time.GetUtcNow().UtcDateTime;
        if (enabled is not { } value)
        {
            db.ModuleFeatureFlags.Remove(row!);
            row = null;
        }
        else if (row is null)
        {
            row = new ModuleFeatureFlag { TenantId = tenantId, Module = module, Key = key, Enabled = value, UpdatedBy = actor, UpdatedAt = now };
            db.ModuleFeatureFlags.Add(row);
        }
        else
        {
            row.Enabled = value;
            row.UpdatedBy = actor;
            row.UpdatedAt = now;
        }

        new ModuleRecords(db, actor, now).Set(tenantId, module, "flag", "flag." + key, before, enabled);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("MODULE_FLAG_CHANGED", module, Details: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["flag"] = flag.Code,
            ["old"] = Switch(before),
            ["new"] = Switch(enabled),
        }), tenantId, cancellationToken);
        return State(flag, row);
    }

    private static string Switch(bool? value) => value switch
    {
        null => "default",
        true => "on",
        false => "off",
    };

    private static FlagState State(FeatureFlagDefinition flag, ModuleFeatureFlag? row) =>
        new(flag.Module, flag.Key, flag.DefaultEnabled, row?.Enabled, row?.Enabled ?? flag.DefaultEnabled, row?.UpdatedBy, row?.UpdatedAt);

    private async Task CheckAsync(CatalogDbContext db, Guid tenantId, string module, CancellationToken cancellationToken)
    {
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken))
        {
            throw new NotFoundException(localizer["tenantNotFound"]);
        }

        if (!await db.ModuleDefinitions.AnyAsync(d => d.Code == module, cancellationToken))
        {
            throw new NotFoundException(localizer["moduleNotFound", module]);
        }
    }
}
