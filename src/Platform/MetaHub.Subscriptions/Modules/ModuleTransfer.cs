using System.Globalization;
using System.Text.Json;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using MetaHub.Subscriptions.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Subscriptions.Modules;

/// <summary>
/// Export and import of tenants' module metas and settings as one JSON document (SPEC §4 op 8).
/// An import reads the whole document first and reports every item; it changes nothing in a dry
/// run or when any item has an error, and otherwise saves every change in one tracked catalog save
/// (so tenants' cached modules are dropped) with a history entry per changed field. Importing an
/// export again changes nothing.
/// </summary>
internal sealed class ModuleTransfer(
    IDbContextFactory<CatalogDbContext> catalog,
    ICurrentOperator currentOperator,
    IPlatformAuditLog audit,
    IStringLocalizer<ModuleResources> localizer,
    TimeProvider time)
{
    /// <summary>Fields a setting may never hold: they belong to the meta alone (SPEC §4).</summary>
    public static readonly IReadOnlySet<string> MetaOnlyFields = Set("label", "icon", "language", "statsKey", "history", "routes");

    private static readonly IReadOnlySet<string> RootFields = Set("version", "exportedAt", "tenants");
    private static readonly IReadOnlySet<string> TenantFields = Set("slug", "metas", "settings");
    private static readonly IReadOnlySet<string> MetaFields = Set("name", "label", "icon", "roles", "enabled", "language", "version", "order", "statsKey", "history", "routes");
    private static readonly IReadOnlySet<string> SettingFields = Set(
        "module", "enabled", "visibleInSidebar", "useAnalytics", "showInDashboard", "roles", "order", "seoTitle", "seoDescription", "seoSummary", "seoOgImage");

    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    private string Actor => currentOperator.Email ?? "system";

    /// <summary>One tenant's metas and settings, or every tenant's when <paramref name="tenantId"/> is null.</summary>
    public async Task<ModuleDocument> ExportAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenants = await db.Tenants.AsNoTracking().Where(t => tenantId == null || t.Id == tenantId)
            .OrderBy(t => t.Slug).Select(t => new { t.Id, t.Slug }).ToListAsync(cancellationToken);
        if (tenantId is not null && tenants.Count == 0)
        {
            throw new NotFoundException(localizer["tenantNotFound"]);
        }

        var metas = (await db.ModuleMetas.AsNoTracking().Where(m => tenantId == null || m.TenantId == tenantId).ToListAsync(cancellationToken))
            .ToLookup(m => m.TenantId);
        var settings = (await db.ModuleSettings.AsNoTracking().Where(s => tenantId == null || s.TenantId == tenantId).ToListAsync(cancellationToken))
            .ToLookup(s => s.TenantId);
        var document = new ModuleDocument(ModuleDocument.CurrentVersion, time.GetUtcNow().UtcDateTime,
        [
            .. tenants.Select(t => new ModuleDocument.TenantRecords(
                t.Slug,
                [.. metas[t.Id].OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new ModuleDocument.Meta(
                    m.Name, m.Label, m.Icon, m.Roles, m.Enabled, m.Language, m.Version, m.Order, m.StatsKey, m.History, m.Routes))],
                [.. settings[t.Id].OrderBy(s => s.Module, StringComparer.Ordinal).Select(s => new ModuleDocument.Setting(
                    s.Module, s.Enabled, s.VisibleInSidebar, s.UseAnalytics, s.ShowInDashboard, s.Roles, s.Order, s.SeoTitle, s.SeoDescription, s.SeoSummary, s.SeoOgImage))])),
        ]);
        await audit.RecordAsync(new AuditEvent("MODULES_EXPORTED", "modules", Details: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["tenants"] = tenants.Count.ToString(CultureInfo.InvariantCulture),
        }), tenantId, cancellationToken);
        return document;
    }

    /// <summary>Checks the document and, unless <paramref name="dryRun"/> or any item has an error, applies it.</summary>
    public async Task<ImportReport> ImportAsync(Stream utf8Json, bool dryRun, CancellationToken cancellationToken)
    {
        JsonDocument parsed;
        try
        {
            parsed = await JsonDocument.ParseAsync(utf8Json, cancellationToken: cancellationToken);
        }
        catch (JsonException invalid)
        {
            return Report(dryRun, applied: false, [Failed("document", null, null, [localizer["importNotJson", invalid.Message]])]);
        }

        using (parsed)
        {
            await using var db = await catalog.CreateDbContextAsync(cancellationToken);
            var run = new ImportRun(db, new ModuleRecords(db, Actor, time.GetUtcNow().UtcDateTime), localizer);
            var items = await run.ReadAsync(parsed.RootElement, cancellationToken);
            var applied = !dryRun && items.TrueForAll(i => i.Status != ImportStatus.Error);
            if (applied && db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
                var touched = run.Changed.ToList();
                await audit.RecordAsync(new AuditEvent("MODULES_IMPORTED", "modules", Details: new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["created"] = items.Count(i => i.Status == ImportStatus.Create).ToString(CultureInfo.InvariantCulture),
                    ["updated"] = items.Count(i => i.Status == ImportStatus.Update).ToString(CultureInfo.InvariantCulture),
                    ["tenants"] = touched.Count.ToString(CultureInfo.InvariantCulture),
                }), touched.Count == 1 ? touched[0] : null, cancellationToken);
            }

            return Report(dryRun, applied, items);
        }
    }

    private static ImportReport Report(bool dryRun, bool applied, List<ImportReport.Item> items) => new(
        dryRun,
        applied,
        items.Count(i => i.Status == ImportStatus.Create),
        items.Count(i => i.Status == ImportStatus.Update),
        items.Count(i => i.Status == ImportStatus.Unchanged),
        items.Count(i => i.Status == ImportStatus.Error),
        items);

    private static ImportReport.Item Failed(string kind, string? tenant, string? module, IReadOnlyList<string> errors) =>
        new(tenant, kind, module, ImportStatus.Error, [], errors);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    /// <summary>One import: the document read against the catalog, the changes staged on tracked records.</summary>
    private sealed class ImportRun(CatalogDbContext db, ModuleRecords records, IStringLocalizer localizer)
    {
        private readonly List<ImportReport.Item> items = [];

        public HashSet<Guid> Changed { get; } = [];

        public async Task<List<ImportReport.Item>> ReadAsync(JsonElement root, CancellationToken cancellationToken)
        {
            var errors = new List<string>();
            var document = ImportFields.Of(root, "", errors, localizer);
            document?.RejectUnknown(RootFields);
            if (document is not null && !(document.TryGet("version", out var version) && version.ValueKind == JsonValueKind.Number
                && version.TryGetInt32(out var number) && number == ModuleDocument.CurrentVersion))
            {
                errors.Add(localizer["importVersion", ModuleDocument.CurrentVersion]);
            }

            var tenants = default(JsonElement);
            if (document is not null && !(document.TryGet("tenants", out tenants) && tenants.ValueKind == JsonValueKind.Array))
            {
                errors.Add(localizer["importExpectedList", "tenants"]);
            }

            if (errors.Count > 0)
            {
                return [Failed("document", null, null, errors)];
            }

            var count = tenants.EnumerateArray().Sum(t => t.ValueKind == JsonValueKind.Object ? Length(t, "metas") + Length(t, "settings") : 0);
            if (count > ModuleManagement.MaxBatchItems)
            {
                return [Failed("document", null, null, [localizer["importTooLarge", ModuleManagement.MaxBatchItems]])];
            }

            var slugs = tenants.EnumerateArray()
                .Select(t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("slug", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()!.Trim().ToLowerInvariant() : null)
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var known = new Dictionary<string, Guid>(StringComparer.Ordinal);
            foreach (var chunk in slugs.Chunk(500))
            {
                foreach (var tenant in await db.Tenants.Where(t => chunk.Contains(t.Slug)).Select(t => new { t.Slug, t.Id }).ToListAsync(cancellationToken))
                {
                    known[tenant.Slug] = tenant.Id;
                }
            }

            await records.LoadAsync(known.Values, cancellationToken);
            var definitions = await records.DefinitionsAsync(cancellationToken);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in tenants.EnumerateArray())
            {
                await ReadTenantAsync(element, $"tenants[{index++}]", known, seen, definitions, cancellationToken);
            }

            return items;
        }

        private async Task ReadTenantAsync(
            JsonElement element, string path, Dictionary<string, Guid> known, HashSet<string> seen,
            IReadOnlyDictionary<string, ModuleDefinition> definitions, CancellationToken cancellationToken)
        {
            var errors = new List<string>();
            var fields = ImportFields.Of(element, path, errors, localizer);
            fields?.RejectUnknown(TenantFields);
            var slug = fields?.Text("slug", 100, required: true).Value?.Trim().ToLowerInvariant();
            var metas = Array(fields, "metas", errors);
            var settings = Array(fields, "settings", errors);
            if (slug is not null && !known.ContainsKey(slug))
            {
                errors.Add(localizer["importUnknownTenant", slug]);
            }
            else if (slug is not null && !seen.Add(slug))
            {
                errors.Add(localizer["importDuplicateTenant", slug]);
            }

            if (errors.Count > 0)
            {
                items.Add(Failed("tenant", slug, null, errors));
                return;
            }

            var tenant = (await records.TenantAsync(known[slug!], cancellationToken))!;
            var metaModules = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var meta in metas)
            {
                items.Add(ReadMeta(tenant, meta, $"metas[{i++}]", metaModules, definitions));
            }

            var settingModules = new HashSet<string>(StringComparer.Ordinal);
            i = 0;
            foreach (var setting in settings)
            {
                items.Add(ReadSetting(tenant, setting, $"settings[{i++}]", settingModules, definitions));
            }
        }

        private ImportReport.Item ReadMeta(
            TenantModules tenant, JsonElement element, string path, HashSet<string> seen, IReadOnlyDictionary<string, ModuleDefinition> definitions)
        {
            var slug = tenant.Tenant.Slug;
            var errors = new List<string>();
            var fields = ImportFields.Of(element, path, errors, localizer);
            if (fields is null)
            {
                return Failed("meta", slug, null, errors);
            }

            var module = Module(fields, "name", seen, definitions, slug, errors);
            fields.RejectUnknown(MetaFields);
            var label = fields.Translated("label", 100);
            var icon = fields.Text("icon", 100);
            var roles = fields.Roles("roles");
            var enabled = fields.Bool("enabled");
            var language = fields.Text("language", 5);
            if (language is { Present: true, Value: not ("tr" or "en") })
            {
                errors.Add(localizer["importLanguage", "language"]);
            }

            var version = fields.Text("version", 20);
            if (version is { Present: true, Value: var v } && string.IsNullOrWhiteSpace(v))
            {
                errors.Add(localizer["importRequired", "version"]);
            }

            var order = fields.Order("order");
            var statsKey = fields.Text("statsKey", 100, nullable: true);
            var history = fields.History("history");
            var routes = fields.Routes("routes");
            if (errors.Count > 0 || module is null)
            {
                return Failed("meta", slug, module, errors);
            }

            var definition = definitions[module];
            var created = !tenant.Metas.TryGetValue(module, out var meta);
            meta ??= ModuleMerge.NewMeta(definition, tenant.Tenant.Id, tenant.Subscribes(definition), records.Now);
            var changes = new FieldChanges();
            changes.Compare("label", label, meta.Label, x => meta.Label = x);
            changes.Compare("icon", icon, meta.Icon, x => meta.Icon = x!);
            changes.Compare("roles", roles, meta.Roles, x => meta.Roles = x!, ModuleRecords.SameList);
            changes.Compare("enabled", enabled, (bool?)meta.Enabled, x => meta.Enabled = x!.Value);
            changes.Compare("language", language, meta.Language, x => meta.Language = x!);
            changes.Compare("version", version, meta.Version, x => meta.Version = x!);
            changes.Compare("order", order, (int?)meta.Order, x => meta.Order = x!.Value);
            changes.Compare("statsKey", statsKey, meta.StatsKey, x => meta.StatsKey = x);
            changes.Compare("history", history, meta.History, x => meta.History = x, ModuleRecords.SameList);
            changes.Compare("routes", routes, meta.Routes, x => meta.Routes = x, ModuleRecords.SameList);
            if (created)
            {
                tenant.Metas[module] = meta;
                db.ModuleMetas.Add(meta);
            }
            else if (changes.Count > 0)
            {
                meta.UpdatedAt = records.Now;
            }

            return Staged("meta", tenant, module, created, changes);
        }

        private ImportReport.Item ReadSetting(
            TenantModules tenant, JsonElement element, string path, HashSet<string> seen, IReadOnlyDictionary<string, ModuleDefinition> definitions)
        {
            var slug = tenant.Tenant.Slug;
            var errors = new List<string>();
            var fields = ImportFields.Of(element, path, errors, localizer);
            if (fields is null)
            {
                return Failed("setting", slug, null, errors);
            }

            var module = Module(fields, "module", seen, definitions, slug, errors);
            fields.RejectUnknown(SettingFields, name => MetaOnlyFields.Contains(name)
                ? localizer["importMetaOnlyField", name, module ?? "?", slug].Value
                : null);
            var enabled = fields.Bool("enabled", nullable: true);
            var sidebar = fields.Bool("visibleInSidebar", nullable: true);
            var analytics = fields.Bool("useAnalytics", nullable: true);
            var dashboard = fields.Bool("showInDashboard", nullable: true);
            var roles = fields.Roles("roles", nullable: true);
            var order = fields.Order("order", nullable: true);
            var seoTitle = fields.Translated("seoTitle", 200);
            var seoDescription = fields.Translated("seoDescription", TranslatedText.MaxLength);
            var seoSummary = fields.Translated("seoSummary", TranslatedText.MaxLength);
            var seoOgImage = fields.Text("seoOgImage", 500, nullable: true);
            if (errors.Count > 0 || module is null)
            {
                return Failed("setting", slug, module, errors);
            }

            var created = !tenant.Settings.TryGetValue(module, out var setting);
            setting ??= ModuleMerge.NewSetting(module, tenant.Tenant.Id, records.Now);
            var changes = new FieldChanges();
            changes.Compare("enabled", enabled, setting.Enabled, x => setting.Enabled = x);
            changes.Compare("visibleInSidebar", sidebar, setting.VisibleInSidebar, x => setting.VisibleInSidebar = x);
            changes.Compare("useAnalytics", analytics, setting.UseAnalytics, x => setting.UseAnalytics = x);
            changes.Compare("showInDashboard", dashboard, setting.ShowInDashboard, x => setting.ShowInDashboard = x);
            changes.Compare("roles", roles, setting.Roles, x => setting.Roles = x, ModuleRecords.SameList);
            changes.Compare("order", order, setting.Order, x => setting.Order = x);
            changes.Compare("seoTitle", seoTitle, setting.SeoTitle, x => setting.SeoTitle = x);
            changes.Compare("seoDescription", seoDescription, setting.SeoDescription, x => setting.SeoDescription = x);
            changes.Compare("seoSummary", seoSummary, setting.SeoSummary, x => setting.SeoSummary = x);
            changes.Compare("seoOgImage", seoOgImage, setting.SeoOgImage, x => setting.SeoOgImage = x);
            if (created)
            {
                tenant.Settings[module] = setting;
                db.ModuleSettings.Add(setting);
            }
            else if (changes.Count > 0)
            {
                setting.UpdatedAt = records.Now;
            }

            return Staged("setting", tenant, module, created, changes);
        }

        /// <summary>The item's module code: required, known to the platform, once per tenant and kind.</summary>
        private string? Module(
            ImportFields fields, string name, HashSet<string> seen, IReadOnlyDictionary<string, ModuleDefinition> definitions, string slug, List<string> errors)
        {
            var module = fields.Text(name, ModuleDefinition.CodeMaxLength, required: true).Value?.Trim().ToLowerInvariant();
            if (module is null)
            {
                return null;
            }

            if (!definitions.ContainsKey(module))
            {
                errors.Add(localizer["moduleNotFound", module]);
            }
            else if (!seen.Add(module))
            {
                errors.Add(localizer["importDuplicateModule", module, slug]);
            }

            return module;
        }

        /// <summary>Writes the item's history (one entry per changed field, and one for a created record) and reports it.</summary>
        private ImportReport.Item Staged(string kind, TenantModules tenant, string module, bool created, FieldChanges changes)
        {
            var tenantId = tenant.Tenant.Id;
            if (created)
            {
                records.Record(tenantId, module, "import", kind, null, "created");
            }

            foreach (var (field, oldValue, newValue) in changes.All)
            {
                records.Record(tenantId, module, "import", kind + "." + field, ModuleRecords.Show(oldValue), ModuleRecords.Show(newValue));
            }

            if (created || changes.Count > 0)
            {
                Changed.Add(tenantId);
            }

            var status = created ? ImportStatus.Create : changes.Count > 0 ? ImportStatus.Update : ImportStatus.Unchanged;
            return new ImportReport.Item(tenant.Tenant.Slug, kind, module, status, [.. changes.All.Select(c => c.Field)], []);
        }

        private List<JsonElement> Array(ImportFields? fields, string name, List<string> errors)
        {
            if (fields is null || !fields.TryGet(name, out var value))
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                errors.Add(localizer["importExpectedList", name]);
                return [];
            }

            return [.. value.EnumerateArray()];
        }

        private static int Length(JsonElement tenant, string name) =>
            tenant.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
    }

    /// <summary>The fields an item changes: name, old value, new value.</summary>
    private sealed class FieldChanges
    {
        public List<(string Field, object? Old, object? New)> All { get; } = [];

        public int Count => All.Count;

        /// <summary>Sets the field when the document has it and it differs, remembering the change.</summary>
        public void Compare<T>(string field, ImportFields.Field<T> next, T current, Action<T> set, Func<T, T, bool>? same = null)
        {
            if (!next.Present || (same?.Invoke(current, next.Value) ?? EqualityComparer<T>.Default.Equals(current, next.Value)))
            {
                return;
            }

            All.Add((field, current, next.Value));
            set(next.Value);
        }
    }
}
