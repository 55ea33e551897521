using System.Globalization;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Paging;
using MetaHub.Subscriptions.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Subscriptions.Modules;

/// <summary>What operators read about tenants' modules: history, meta against setting, the tenant × module matrix.</summary>
internal sealed class ModuleQueries(IDbContextFactory<CatalogDbContext> catalog, IStringLocalizer<ModuleResources> localizer)
{
    /// <summary>Module changes, newest first, optionally of one tenant and/or module, with the tenant's slug while it exists.</summary>
    public async Task<PagedResult<ModuleChangeResponse>> HistoryAsync(Guid? tenantId, string? module, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var query = db.ModuleChanges.AsNoTracking();
        if (tenantId is { } tenant)
        {
            query = query.Where(c => c.TenantId == tenant);
        }

        if (!string.IsNullOrWhiteSpace(module))
        {
            query = query.Where(c => c.Module == module);
        }

        return await query.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new ModuleChangeResponse(
                c.Id, c.TenantId, db.Tenants.Where(t => t.Id == c.TenantId).Select(t => t.Slug).FirstOrDefault(),
                c.Module, c.Action, c.Field, c.OldValue, c.NewValue, c.ChangedBy, c.ChangedAt))
            .ToPageAsync(page, pageSize, cancellationToken);
    }

    /// <summary>The ids of the tenants with these slugs; slugs no tenant has are left out.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> TenantIdsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, t => t.Id, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> TenantSlugsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Slug, cancellationToken);
    }

    /// <summary>Each mergeable field of a tenant's module: the meta's value, the setting's, the effective one and where it comes from.</summary>
    public async Task<ModuleComparison> CompareAsync(Guid tenantId, string module, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken)
            ?? throw new NotFoundException(localizer["tenantNotFound"]);
        var definition = await db.ModuleDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.Code == module, cancellationToken)
            ?? throw new NotFoundException(localizer["moduleNotFound", module]);
        var meta = await db.ModuleMetas.AsNoTracking().FirstOrDefaultAsync(m => m.TenantId == tenantId && m.Name == module, cancellationToken);
        var setting = await db.ModuleSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TenantId == tenantId && s.Module == module, cancellationToken);
        var effective = ModuleMerge.Effective(definition, meta, setting, tenant.EnabledModules.Contains(module, StringComparer.Ordinal));
        var metaOrDefinition = meta is null ? "definition" : "meta";

        static ModuleComparison.Field Merged(string name, string? metaValue, string? settingValue, string effectiveValue, string metaSource) =>
            new(name, metaValue, settingValue, effectiveValue, settingValue is null ? metaSource : "setting");

        return new ModuleComparison(tenantId, tenant.Slug, module, meta is not null, setting is not null,
        [
            new("label", ModuleRecords.Show(effective.LabelTr + " / " + effective.LabelEn), null, effective.LabelTr + " / " + effective.LabelEn, metaOrDefinition),
            new("icon", effective.Icon, null, effective.Icon, metaOrDefinition),
            new("language", effective.Language, null, effective.Language, metaOrDefinition),
            Merged("enabled", ModuleRecords.Show(meta?.Enabled), ModuleRecords.Show(setting?.Enabled), ModuleRecords.Show(effective.Enabled)!, metaOrDefinition),
            Merged("roles", ModuleRecords.Show(meta?.Roles), ModuleRecords.Show(setting?.Roles), ModuleRecords.Show(effective.Roles)!, metaOrDefinition),
            Merged("order", ModuleRecords.Show(meta?.Order), ModuleRecords.Show(setting?.Order), ModuleRecords.Show(effective.Order)!, metaOrDefinition),
            Merged("visibleInSidebar", null, ModuleRecords.Show(setting?.VisibleInSidebar), ModuleRecords.Show(effective.VisibleInSidebar)!, "default"),
            Merged("useAnalytics", null, ModuleRecords.Show(setting?.UseAnalytics), ModuleRecords.Show(effective.UseAnalytics)!, "default"),
            Merged("showInDashboard", null, ModuleRecords.Show(setting?.ShowInDashboard), ModuleRecords.Show(effective.ShowInDashboard)!, "default"),
            new("seoTitle", null, ModuleRecords.Show(setting?.SeoTitle), ModuleRecords.Show(setting?.SeoTitle) ?? "", "setting"),
            new("seoDescription", null, ModuleRecords.Show(setting?.SeoDescription), ModuleRecords.Show(setting?.SeoDescription) ?? "", "setting"),
            new("seoSummary", null, ModuleRecords.Show(setting?.SeoSummary), ModuleRecords.Show(setting?.SeoSummary) ?? "", "setting"),
            new("seoOgImage", null, setting?.SeoOgImage, setting?.SeoOgImage ?? "", "setting"),
        ]);
    }

    /// <summary>
    /// One page of tenants with, per module, whether it is enabled for them. Filters: text in the
    /// tenant's slug or name; a module that must be on (or off).
    /// </summary>
    public async Task<ModuleMatrix> MatrixAsync(string? search, string? module, bool? enabled, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var definitions = await db.ModuleDefinitions.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);
        var tenants = db.Tenants.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToLowerInvariant();
            // Translated to SQL lower() on both providers; the culture overloads have no translation.
#pragma warning disable CA1304, CA1311, CA1862, MA0011
            tenants = tenants.Where(t => t.Slug.Contains(text) || t.Name.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862, MA0011
        }

        if (!string.IsNullOrWhiteSpace(module) && enabled is { } wanted)
        {
            // The merge of ModuleMerge.Effective, in SQL: a core module is always on; else the
            // setting's choice, else the meta's, else (no meta yet) the subscription's.
            var core = definitions.Exists(d => d.Code == module && d.IsCore);
            tenants = tenants.Where(t => wanted == (core
                || db.ModuleSettings.Any(s => s.TenantId == t.Id && s.Module == module && s.Enabled == true)
                || (!db.ModuleSettings.Any(s => s.TenantId == t.Id && s.Module == module && s.Enabled == false)
                    && (db.ModuleMetas.Any(m => m.TenantId == t.Id && m.Name == module && m.Enabled)
                        || (!db.ModuleMetas.Any(m => m.TenantId == t.Id && m.Name == module) && t.EnabledModules.Contains(module))))));
        }

        var paged = await tenants.OrderBy(t => t.Slug).ToPageAsync(page, pageSize, cancellationToken);
        var ids = paged.Items.Select(t => t.Id).ToList();
        var metas = (await db.ModuleMetas.AsNoTracking().Where(m => ids.Contains(m.TenantId)).ToListAsync(cancellationToken)).ToLookup(m => m.TenantId);
        var settings = (await db.ModuleSettings.AsNoTracking().Where(s => ids.Contains(s.TenantId)).ToListAsync(cancellationToken)).ToLookup(s => s.TenantId);
        var culture = CultureInfo.CurrentUICulture;
        return new ModuleMatrix(
            [.. definitions.Select(d => new ModuleMatrix.Column(d.Code, d.Label.In(culture), d.IsCore))],
            [
                .. paged.Items.Select(t =>
                {
                    var effective = ModuleMerge.Effective(definitions, metas[t.Id], settings[t.Id], t.EnabledModules);
                    return new ModuleMatrix.Row(t.Id, t.Slug, t.Name, t.Status.ToString(),
                        effective.Where(m => m.Enabled).Select(m => m.Code).Order(StringComparer.Ordinal).ToList());
                }),
            ],
            paged.Total,
            paged.Page,
            paged.PageSize);
    }
}
