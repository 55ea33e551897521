using System.Globalization;
using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Subscriptions.Modules;
using MetaHub.Subscriptions.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Subscriptions.TenantSettings;

/// <summary>
/// The tenant admin's module settings (issue 5): the modules of the catalog as the tenant has them,
/// one module's choices (switches, roles, SEO texts) and the sidebar order. The tenant is always the
/// resolved one. Only what differs is written, each field to the module history and the whole
/// change to the tenant's audit log, so the same request again writes nothing. Saving through the
/// tracked catalog context refreshes the tenant's cached modules, so the sidebar follows at once.
/// </summary>
internal sealed class TenantModuleSettings(
    IDbContextFactory<CatalogDbContext> catalog,
    ITenantDbContextFactory tenantDatabases,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    PermissionRegistry permissions,
    IAuditLog audit,
    IStringLocalizer<ModuleResources> localizer,
    TimeProvider time)
{
    public const string SettingChanged = "MODULE_SETTING_CHANGED";
    public const string OrderChanged = "MODULE_ORDER_CHANGED";

    /// <summary>Gap between two modules' positions, so a module placed by hand between two others needs no renumbering.</summary>
    public const int OrderStep = 10;

    private Guid TenantId => tenantContext.Tenant?.Id ?? throw new InvalidOperationException("Module settings belong to a resolved tenant.");

    /// <summary>Who the module history names: the user by email (as it names operators), else the audit actor's name.</summary>
    private async Task<string> ActorAsync(CancellationToken cancellationToken)
    {
        if (currentUser.UserId is { } userId)
        {
            await using var db = tenantDatabases.CreateTenantWideDbContext();
            if (await db.Set<User>().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken) is { Length: > 0 } email)
            {
                return email;
            }
        }

        return tenantContext.Actor.UserName is { Length: > 0 } name ? name : "system";
    }

    public async Task<IReadOnlyList<TenantModuleResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var records = new ModuleRecords(db, "system", time.GetUtcNow().UtcDateTime);
        var definitions = await records.DefinitionsAsync(cancellationToken);
        var tenant = await records.TenantAsync(TenantId, cancellationToken) ?? throw new NotFoundException(localizer["tenantNotFound"]);
        return
        [
            .. definitions.Values.Select(d => Response(d, tenant))
                .OrderBy(m => m.Effective.Order)
                .ThenBy(m => m.Code, StringComparer.Ordinal),
        ];
    }

    /// <summary>The role keys a module can be limited to: the system roles and every custom role of the tenant's companies.</summary>
    public async Task<IReadOnlyList<string>> RoleKeysAsync(CancellationToken cancellationToken)
    {
        await using var db = tenantDatabases.CreateTenantWideDbContext();
        var custom = await db.Set<Role>().Where(r => r.SystemRole == SystemRoles.None).Select(r => r.Name).Distinct().ToListAsync(cancellationToken);
        return [.. RoleKeys.System, .. custom.Except(RoleKeys.System, StringComparer.Ordinal).Order(StringComparer.CurrentCulture)];
    }

    public async Task<TenantModuleResponse> UpdateAsync(string module, ModuleSettingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = Code(module);
        var seo = CheckSeo(request);
        var roles = request.Roles is null ? null : await CheckRolesAsync(code, request.Roles, cancellationToken);

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var records = new ModuleRecords(db, await ActorAsync(cancellationToken), now);
        var definition = (await records.DefinitionsAsync(cancellationToken)).GetValueOrDefault(code)
            ?? throw new NotFoundException(localizer["moduleNotFound", code]);
        var tenant = await records.TenantAsync(TenantId, cancellationToken) ?? throw new NotFoundException(localizer["tenantNotFound"]);
        var before = Response(definition, tenant);
        var label = definition.Label.In(CultureInfo.CurrentUICulture);
        if (request.Enabled == false && definition.IsCore)
        {
            throw ValidationException.For("enabled", localizer["coreModule", label]);
        }

        if (request.Enabled == true && !before.InSubscription && !before.Effective.Enabled)
        {
            throw ValidationException.For("enabled", localizer["notInSubscription", label]);
        }

        var current = tenant.Settings.GetValueOrDefault(code) ?? ModuleMerge.NewSetting(code, tenant.Tenant.Id, now);
        var changes = new SettingChanges();
        changes.Flag("enabled", current.Enabled, request.Enabled, (s, v) => s.Enabled = v);
        changes.Flag("visibleInSidebar", current.VisibleInSidebar, request.VisibleInSidebar, (s, v) => s.VisibleInSidebar = v);
        changes.Flag("useAnalytics", current.UseAnalytics, request.UseAnalytics, (s, v) => s.UseAnalytics = v);
        changes.Flag("showInDashboard", current.ShowInDashboard, request.ShowInDashboard, (s, v) => s.ShowInDashboard = v);
        if (roles is not null)
        {
            List<string>? next = roles.Count == 0 ? null : roles;
            if (!ModuleRecords.SameList(current.Roles, next))
            {
                changes.Add("roles", ModuleRecords.Show(current.Roles), ModuleRecords.Show(next), s => s.Roles = next);
            }
        }

        changes.Text("seoTitle", current.SeoTitle, seo.Title, (s, v) => s.SeoTitle = v);
        changes.Text("seoDescription", current.SeoDescription, seo.Description, (s, v) => s.SeoDescription = v);
        changes.Text("seoSummary", current.SeoSummary, seo.Summary, (s, v) => s.SeoSummary = v);
        if (seo.OgImage is { } image && !string.Equals(current.SeoOgImage ?? "", image, StringComparison.Ordinal))
        {
            changes.Add("seoOgImage", current.SeoOgImage, image.Length == 0 ? null : image, s => s.SeoOgImage = image.Length == 0 ? null : image);
        }

        if (changes.Count == 0)
        {
            return before;
        }

        records.Ensure(tenant, definition, "settings");
        var setting = tenant.Settings[code];
        changes.ApplyTo(setting, (field, oldValue, newValue) => records.Record(tenant.Tenant.Id, code, "settings", "setting." + field, oldValue, newValue));
        setting.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(SettingChanged, code, nameof(ModuleSetting), code, changes.Details()), cancellationToken);
        return Response(definition, tenant);
    }

    /// <summary>Puts the modules in the order given (those left out follow in their current order); answers the list as it now stands.</summary>
    public async Task<IReadOnlyList<TenantModuleResponse>> ReorderAsync(ModuleOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var codes = (request.Modules ?? []).Select(Code).ToList();
        if (codes.Count == 0)
        {
            throw ValidationException.For("modules", localizer["orderEmpty"]);
        }

        if (codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw ValidationException.For("modules", localizer["orderDuplicate", twice.Key]);
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var records = new ModuleRecords(db, await ActorAsync(cancellationToken), now);
        var definitions = await records.DefinitionsAsync(cancellationToken);
        if (codes.Find(c => !definitions.ContainsKey(c)) is { } unknown)
        {
            throw ValidationException.For("modules", localizer["moduleNotFound", unknown]);
        }

        var tenant = await records.TenantAsync(TenantId, cancellationToken) ?? throw new NotFoundException(localizer["tenantNotFound"]);
        var listed = codes.ToHashSet(StringComparer.Ordinal);
        var order = codes.Concat(
            ModuleMerge.Effective(definitions.Values, tenant.Metas.Values, tenant.Settings.Values, tenant.Tenant.EnabledModules)
                .Select(m => m.Code)
                .Where(c => !listed.Contains(c))).ToList();
        var details = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            var code = order[i];
            var position = (i + 1) * OrderStep;
            if (tenant.Settings.GetValueOrDefault(code)?.Order == position)
            {
                continue;
            }

            records.Ensure(tenant, definitions[code], "reorder");
            var setting = tenant.Settings[code];
            records.Set(tenant.Tenant.Id, code, "reorder", "setting.order", setting.Order, position);
            details[code] = SettingChanges.Arrow(ModuleRecords.Show(setting.Order), ModuleRecords.Show(position));
            setting.Order = position;
            setting.UpdatedAt = now;
        }

        if (details.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEvent(OrderChanged, "modules", nameof(ModuleSetting), null, details), cancellationToken);
        }

        return [.. definitions.Values.Select(d => Response(d, tenant)).OrderBy(m => m.Effective.Order).ThenBy(m => m.Code, StringComparer.Ordinal)];
    }

    private static string Code(string? module) => (module ?? "").Trim().ToLowerInvariant();

    private static TenantModuleResponse Response(ModuleDefinition definition, TenantModules tenant)
    {
        var subscribed = tenant.Subscribes(definition);
        var setting = tenant.Settings.GetValueOrDefault(definition.Code);
        var effective = ModuleMerge.Effective(definition, tenant.Metas.GetValueOrDefault(definition.Code), setting, subscribed);
        return new TenantModuleResponse(
            definition.Code,
            effective.Label(CultureInfo.CurrentUICulture),
            effective.Icon,
            definition.IsCore,
            subscribed,
            new TenantModuleResponse.EffectiveValues(
                effective.Enabled, effective.VisibleInSidebar, effective.UseAnalytics, effective.ShowInDashboard, effective.Roles, effective.Order),
            new TenantModuleResponse.SettingValues(
                setting?.Enabled,
                setting?.VisibleInSidebar,
                setting?.UseAnalytics,
                setting?.ShowInDashboard,
                setting?.Roles,
                setting?.Order,
                setting?.SeoTitle ?? TranslatedText.Empty,
                setting?.SeoDescription ?? TranslatedText.Empty,
                setting?.SeoSummary ?? TranslatedText.Empty,
                setting?.SeoOgImage));
    }

    /// <summary>The request's SEO values, trimmed, or every field's refusal at once.</summary>
    private CheckedSeo CheckSeo(ModuleSettingRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        TranslatedText? Text(SeoText? text, string field, int maxLength)
        {
            if (text is null)
            {
                return null;
            }

            var checkedText = new TranslatedText((text.Tr ?? "").Trim(), (text.En ?? "").Trim());
            foreach (var (language, value) in new[] { ("tr", checkedText.Tr), ("en", checkedText.En) })
            {
                if (value.Length > maxLength)
                {
                    errors[$"{field}.{language}"] = [localizer["seoTooLong", maxLength]];
                }
            }

            return checkedText;
        }

        var seo = new CheckedSeo(
            Text(request.SeoTitle, "seoTitle", ModuleSetting.SeoTitleMaxLength),
            Text(request.SeoDescription, "seoDescription", ModuleSetting.SeoTextMaxLength),
            Text(request.SeoSummary, "seoSummary", ModuleSetting.SeoTextMaxLength),
            request.SeoOgImage?.Trim());
        if (seo.OgImage is { Length: > ModuleSetting.SeoOgImageMaxLength })
        {
            errors["seoOgImage"] = [localizer["seoTooLong", ModuleSetting.SeoOgImageMaxLength]];
        }
        else if (seo.OgImage is { Length: > 0 } image
            && !(Uri.TryCreate(image, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors["seoOgImage"] = [localizer["seoOgImageInvalid"]];
        }

        return errors.Count > 0 ? throw new ValidationException(errors) : seo;
    }

    /// <summary>
    /// The role keys, trimmed and without repeats; each must name a system role or a custom role of
    /// the tenant. The module that holds the settings permissions cannot be closed to the caller's own role.
    /// </summary>
    private async Task<List<string>> CheckRolesAsync(string code, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        var roles = requested.Select(r => (r ?? "").Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Exists(r => r.Length is 0 or > Role.NameMaxLength))
        {
            throw ValidationException.For("roles", localizer["roleInvalid"]);
        }

        var known = (await RoleKeysAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (roles.Find(r => !known.Contains(r)) is { } unknown)
        {
            throw ValidationException.For("roles", localizer["roleUnknown", unknown]);
        }

        if (roles.Count > 0 && string.Equals(permissions.ModuleOf(AccessPermissions.SettingsEdit), code, StringComparison.Ordinal)
            && (currentUser.RoleKey is not { } own || !roles.Contains(own, StringComparer.Ordinal)))
        {
            throw ValidationException.For("roles", localizer["rolesLockout"]);
        }

        return roles;
    }

    private sealed record CheckedSeo(TranslatedText? Title, TranslatedText? Description, TranslatedText? Summary, string? OgImage);
}
