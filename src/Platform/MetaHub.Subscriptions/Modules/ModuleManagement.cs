using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using MetaHub.Subscriptions.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Subscriptions.Modules;

/// <summary>
/// The platform operator's module operations on tenants (SPEC §4): assign and unassign, batches,
/// onboarding, health and repair, per-module roles. Each runs in one catalog unit of work, is
/// recorded in the module history and the platform audit, and changes nothing when run again.
/// </summary>
internal sealed class ModuleManagement(
    IDbContextFactory<CatalogDbContext> catalog,
    ICurrentOperator currentOperator,
    IPlatformAuditLog audit,
    IStringLocalizer<ModuleResources> localizer,
    TimeProvider time)
{
    public const int MaxBatchItems = 20_000;

    private string Actor => currentOperator.Email ?? "system";

    /// <summary>Gives the module to the tenant (creating its meta and setting) or takes it away (the setting hides it; data stays).</summary>
    public async Task<AssignmentResult> AssignAsync(Guid tenantId, string module, bool assign, CancellationToken cancellationToken)
    {
        var results = await BatchAsync([tenantId], [module], assign, cancellationToken);
        return results[0] switch
        {
            { Status: AssignmentStatus.TenantNotFound } => throw new NotFoundException(localizer["tenantNotFound"]),
            { Status: AssignmentStatus.ModuleNotFound } => throw new NotFoundException(localizer["moduleNotFound", module]),
            { Status: AssignmentStatus.Refused } result => throw ValidationException.For("module", result.Message!),
            var result => result,
        };
    }

    /// <summary>Many tenants × many modules in one go, with a result per pair; a refused pair does not stop the others.</summary>
    public async Task<IReadOnlyList<AssignmentResult>> BatchAsync(
        IReadOnlyList<Guid> tenantIds, IReadOnlyList<string> modules, bool assign, CancellationToken cancellationToken)
    {
        var codes = modules.Select(m => (m ?? "").Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var tenants = tenantIds.Distinct().ToList();
        if (tenants.Count == 0 || codes.Count == 0)
        {
            throw ValidationException.For("items", localizer["batchEmpty"]);
        }

        if ((long)tenants.Count * codes.Count > MaxBatchItems)
        {
            throw ValidationException.For("items", localizer["batchTooLarge", MaxBatchItems]);
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var records = new ModuleRecords(db, Actor, time.GetUtcNow().UtcDateTime);
        var definitions = await records.DefinitionsAsync(cancellationToken);
        await records.LoadAsync(tenants, cancellationToken);
        var action = assign ? "assign" : "unassign";
        var results = new List<AssignmentResult>(tenants.Count * codes.Count);
        foreach (var tenantId in tenants)
        {
            var tenant = await records.TenantAsync(tenantId, cancellationToken);
            foreach (var code in codes)
            {
                results.Add((tenant, definitions.GetValueOrDefault(code)) switch
                {
                    (null, _) => new AssignmentResult(tenantId, code, AssignmentStatus.TenantNotFound, localizer["tenantNotFound"]),
                    (_, null) => new AssignmentResult(tenantId, code, AssignmentStatus.ModuleNotFound, localizer["moduleNotFound", code]),
                    (_, { IsCore: true } definition) when !assign =>
                        new AssignmentResult(tenantId, code, AssignmentStatus.Refused, localizer["coreModule", definition.Label.In(System.Globalization.CultureInfo.CurrentUICulture)]),
                    var (found, definition) => new AssignmentResult(
                        tenantId, code, records.Switch(found, definition, assign, action) ? AssignmentStatus.Changed : AssignmentStatus.Unchanged, null),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // One audit entry per request: what was asked and how much it changed (the history has every pair).
        var changed = results.Where(r => r.Status == AssignmentStatus.Changed).ToList();
        if (changed.Count > 0)
        {
            var single = tenants.Count == 1 && codes.Count == 1;
            await audit.RecordAsync(
                new AuditEvent(
                    assign ? "MODULE_ASSIGNED" : "MODULE_UNASSIGNED",
                    single ? codes[0] : "modules",
                    Details: new Dictionary<string, string?>(StringComparer.Ordinal)
                    {
                        ["modules"] = string.Join(", ", codes),
                        ["tenants"] = tenants.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["changed"] = changed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    }),
                single ? tenants[0] : null,
                cancellationToken);
        }

        return results;
    }

    /// <summary>Onboards one tenant (see <see cref="ModuleRecords.OnboardAsync"/>): provisioning and setup do it themselves; operators can run it again.</summary>
    public async Task<int> OnboardAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var records = new ModuleRecords(db, Actor, time.GetUtcNow().UtcDateTime);
        var tenant = await records.TenantAsync(tenantId, cancellationToken) ?? throw new NotFoundException(localizer["tenantNotFound"]);
        var changes = await records.OnboardAsync(tenant, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (changes > 0)
        {
            await audit.RecordAsync(new AuditEvent("MODULES_ONBOARDED", "modules", Details: new Dictionary<string, string?>(StringComparer.Ordinal) { ["changes"] = changes.ToString(System.Globalization.CultureInfo.InvariantCulture) }), tenantId, cancellationToken);
        }

        return changes;
    }

    /// <summary>What is missing (a tenant without the meta or setting of a module) and what is orphaned (records of modules the platform no longer has).</summary>
    public async Task<HealthReport> HealthAsync(CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        return await HealthAsync(db, cancellationToken);
    }

    /// <summary>Creates every missing meta and setting and, when asked, deletes the orphans; answers what it did.</summary>
    public async Task<HealthReport> RepairAsync(bool cleanupOrphans, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var report = await HealthAsync(db, cancellationToken);
        var records = new ModuleRecords(db, Actor, time.GetUtcNow().UtcDateTime);
        var definitions = await records.DefinitionsAsync(cancellationToken);
        var broken = report.Missing.Select(m => m.TenantId).Distinct().ToList();
        await records.LoadAsync(broken, cancellationToken);
        foreach (var missing in report.Missing)
        {
            records.Ensure((await records.TenantAsync(missing.TenantId, cancellationToken))!, definitions[missing.Module], "repair");
        }

        if (cleanupOrphans)
        {
            var known = definitions.Keys.ToList();
            db.ModuleMetas.RemoveRange(await db.ModuleMetas.Where(m => !known.Contains(m.Name)).ToListAsync(cancellationToken));
            db.ModuleSettings.RemoveRange(await db.ModuleSettings.Where(s => !known.Contains(s.Module)).ToListAsync(cancellationToken));
            db.ModuleFeatureFlags.RemoveRange(await db.ModuleFeatureFlags.Where(f => !known.Contains(f.Module)).ToListAsync(cancellationToken));
            foreach (var orphan in report.Orphans)
            {
                records.Record(orphan.TenantId, orphan.Module, "cleanup", orphan.Kind, "exists", null);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (report.Missing.Count > 0 || (cleanupOrphans && report.Orphans.Count > 0))
        {
            await audit.RecordAsync(
                new AuditEvent("MODULES_REPAIRED", "modules", Details: new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["created"] = report.Missing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["orphansRemoved"] = (cleanupOrphans ? report.Orphans.Count : 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                }),
                tenantId: null,
                cancellationToken);
        }

        return report;
    }

    /// <summary>
    /// The roles that may use a module in a tenant: the meta's (the tenant's default) or the setting's
    /// (its override; an empty list on the setting clears the override). Role keys are system role
    /// names or custom role names.
    /// </summary>
    public async Task SetRolesAsync(Guid tenantId, string module, IReadOnlyList<string>? roles, bool onSetting, CancellationToken cancellationToken)
    {
        var cleaned = (roles ?? []).Select(r => (r ?? "").Trim()).ToList();
        if (cleaned.Exists(r => r.Length is 0 or > 100))
        {
            throw ValidationException.For("roles", localizer["roleInvalid"]);
        }

        cleaned = [.. cleaned.Distinct(StringComparer.Ordinal)];
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var records = new ModuleRecords(db, Actor, time.GetUtcNow().UtcDateTime);
        var tenant = await records.TenantAsync(tenantId, cancellationToken) ?? throw new NotFoundException(localizer["tenantNotFound"]);
        var definition = (await records.DefinitionsAsync(cancellationToken)).GetValueOrDefault(module) ?? throw new NotFoundException(localizer["moduleNotFound", module]);
        records.Ensure(tenant, definition, "roles");
        if (onSetting)
        {
            var setting = tenant.Settings[module];
            List<string>? next = cleaned.Count == 0 ? null : cleaned;
            if (!ModuleRecords.SameList(setting.Roles, next))
            {
                records.Set(tenantId, module, "roles", "setting.roles", setting.Roles, next);
                setting.Roles = next;
                setting.UpdatedAt = time.GetUtcNow().UtcDateTime;
            }
        }
        else
        {
            var meta = tenant.Metas[module];
            if (!ModuleRecords.SameList(meta.Roles, cleaned))
            {
                records.Set(tenantId, module, "roles", "meta.roles", meta.Roles, cleaned);
                meta.Roles = cleaned;
                meta.UpdatedAt = time.GetUtcNow().UtcDateTime;
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEvent("MODULE_ROLES_CHANGED", module, Details: new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["target"] = onSetting ? "setting" : "meta",
                ["roles"] = string.Join(", ", cleaned),
            }), tenantId, cancellationToken);
        }
    }

    private static async Task<HealthReport> HealthAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var modules = await db.ModuleDefinitions.Select(d => d.Code).ToListAsync(cancellationToken);
        var tenants = await db.Tenants.Where(t => t.Status != Kernel.Tenancy.TenantStatus.Provisioning).Select(t => t.Id).ToListAsync(cancellationToken);
        var metas = await db.ModuleMetas.Select(m => new { m.TenantId, m.Name }).ToListAsync(cancellationToken);
        var settings = await db.ModuleSettings.Select(s => new { s.TenantId, s.Module }).ToListAsync(cancellationToken);
        var hasMeta = metas.Select(m => (m.TenantId, m.Name)).ToHashSet();
        var hasSetting = settings.Select(s => (s.TenantId, s.Module)).ToHashSet();
        var missing = new List<HealthReport.Gap>();
        foreach (var tenant in tenants)
        {
            foreach (var module in modules)
            {
                var noMeta = !hasMeta.Contains((tenant, module));
                var noSetting = !hasSetting.Contains((tenant, module));
                if (noMeta || noSetting)
                {
                    missing.Add(new HealthReport.Gap(tenant, module, noMeta, noSetting));
                }
            }
        }

        var orphans = metas.Where(m => !modules.Contains(m.Name, StringComparer.Ordinal)).Select(m => new HealthReport.Orphan(m.TenantId, m.Name, "meta"))
            .Concat(settings.Where(s => !modules.Contains(s.Module, StringComparer.Ordinal)).Select(s => new HealthReport.Orphan(s.TenantId, s.Module, "setting")))
            .ToList();
        return new HealthReport(tenants.Count, modules.Count, missing, orphans);
    }
}
