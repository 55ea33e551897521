using System.Net;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Modules;

/// <summary>The tenant admin's module settings (issue 5): <c>/api/v1/modules</c> within the subscription.</summary>
public sealed class TenantModuleSettingsTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task List_EveryModuleOfTheCatalog_WithSubscriptionEffectiveValuesAndOwnChoices()
    {
        var (org, token, _) = await OwnerAsync();

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/modules", accessToken: token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var modules = (await response.JsonAsync()).EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);
        modules.Count.ShouldBe(15);
        var customers = modules["customers"];
        customers.GetProperty("label").GetString().ShouldBe("Müşteriler");
        customers.GetProperty("icon").GetString().ShouldBe("People");
        customers.GetProperty("isCore").GetBoolean().ShouldBeFalse();
        customers.GetProperty("inSubscription").GetBoolean().ShouldBeTrue();
        customers.GetProperty("effective").GetProperty("enabled").GetBoolean().ShouldBeTrue();
        customers.GetProperty("effective").GetProperty("visibleInSidebar").GetBoolean().ShouldBeTrue();
        customers.GetProperty("setting").GetProperty("visibleInSidebar").ValueKind.ShouldBe(JsonValueKind.Null);
        customers.GetProperty("setting").GetProperty("seoTitle").GetProperty("tr").GetString().ShouldBe("");
        modules["access"].GetProperty("isCore").GetBoolean().ShouldBeTrue();
        modules["access"].GetProperty("inSubscription").GetBoolean().ShouldBeTrue();
        modules["leads"].GetProperty("inSubscription").GetBoolean().ShouldBeFalse();
        modules["leads"].GetProperty("effective").GetProperty("enabled").GetBoolean().ShouldBeFalse();
        var orders = modules.Values.Select(m => m.GetProperty("effective").GetProperty("order").GetInt32()).ToList();
        orders.ShouldBe(orders.Order());
    }

    [Fact]
    public async Task Update_EnableModuleOutsideTheSubscription_RefusedInTurkish_AndNothingChanges()
    {
        var (org, token, _) = await OwnerAsync();
        var before = await ChangeCountAsync(org.Tenant.Id);

        using var response = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/leads", new { enabled = true }, token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").GetProperty("enabled")[0].GetString()
            .ShouldBe("Potansiyel müşteriler aboneliğinizde yok; önce paketinizi yükseltin.");
        (await ChangeCountAsync(org.Tenant.Id)).ShouldBe(before);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleSettings.AnyAsync(s => s.TenantId == org.Tenant.Id && s.Module == "leads" && s.Enabled == true)).ShouldBeFalse();
        (await EnabledModulesAsync(org, token)).ShouldNotContain("leads");
    }

    [Fact]
    public async Task Update_DisableCoreModule_Refused()
    {
        var (org, token, _) = await OwnerAsync();

        using var response = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/access", new { enabled = false }, token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").GetProperty("enabled")[0].GetString().ShouldBe("Kuruluş ve erişim temel bir modüldür; kapatılamaz.");
        (await EnabledModulesAsync(org, token)).ShouldContain("access");
    }

    [Fact]
    public async Task Update_WritesOnlyChangedFields_WithHistoryAndTenantAudit_AndTheSameRequestAgainWritesNothing()
    {
        var (org, token, owner) = await OwnerAsync();
        var body = new
        {
            visibleInSidebar = false,
            useAnalytics = true,
            roles = new[] { "owner", "admin" },
            seoTitle = new { tr = "Müşteri yönetimi", en = "Customer management" },
            seoOgImage = "https://cdn.example.com/og.png",
        };

        using var first = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", body, token);
        var changes = await ChangesAsync(org.Tenant.Id, "customers");
        var audits = await AuditCountAsync(org, token);
        using var again = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", body, token);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var module = await first.JsonAsync();
        module.GetProperty("effective").GetProperty("visibleInSidebar").GetBoolean().ShouldBeFalse();
        module.GetProperty("effective").GetProperty("useAnalytics").GetBoolean().ShouldBeTrue();
        module.GetProperty("effective").GetProperty("showInDashboard").GetBoolean().ShouldBeTrue();
        module.GetProperty("setting").GetProperty("showInDashboard").ValueKind.ShouldBe(JsonValueKind.Null);
        module.GetProperty("setting").GetProperty("seoTitle").GetProperty("en").GetString().ShouldBe("Customer management");
        var fields = changes.Where(c => c.Field!.StartsWith("setting.", StringComparison.Ordinal)).Select(c => c.Field).ToList();
        fields.ShouldBe(
            ["setting.visibleInSidebar", "setting.useAnalytics", "setting.roles", "setting.seoTitle.tr", "setting.seoTitle.en", "setting.seoOgImage"],
            ignoreOrder: true);
        changes.ShouldAllBe(c => c.ChangedBy == owner.Email);
        changes.Single(c => c.Field == "setting.roles").NewValue.ShouldBe("owner, admin");
        changes.Single(c => c.Field == "setting.visibleInSidebar").OldValue.ShouldBeNull();

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ChangesAsync(org.Tenant.Id, "customers")).Count.ShouldBe(changes.Count);
        (await AuditCountAsync(org, token)).ShouldBe(audits);
        using var audit = await org.SendAsync(HttpMethod.Get, "/api/v1/audit?action=MODULE_SETTING_CHANGED", accessToken: token);
        var entry = (await audit.JsonAsync()).GetProperty("items").EnumerateArray().Single();
        entry.GetProperty("module").GetString().ShouldBe("customers");
        entry.GetProperty("userId").GetGuid().ShouldBe(owner.Id);
        var details = JsonDocument.Parse(entry.GetProperty("newValues").GetString()!).RootElement;
        details.GetProperty("visibleInSidebar").GetString().ShouldBe(" → false");
        details.GetProperty("roles").GetString().ShouldBe(" → owner, admin");
        (await SidebarAsync(org, token)).ShouldNotContain("customers");
    }

    [Fact]
    public async Task Reorder_ChangesTheOrderOfTheActiveModules_AndAgainWritesNothing()
    {
        var (org, token, _) = await OwnerAsync();
        await CompleteSetupAsync(org, token);
        var active = await ActiveModulesAsync(org, token);
        var wanted = active.AsEnumerable().Reverse().ToList();

        using var first = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/order", new { modules = wanted }, token);
        var changes = await ChangeCountAsync(org.Tenant.Id);
        using var again = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/order", new { modules = wanted }, token);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.JsonAsync()).EnumerateArray().Take(wanted.Count).Select(m => m.GetProperty("code").GetString()).ShouldBe(wanted);
        (await ActiveModulesAsync(org, token)).ShouldBe(wanted);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ChangeCountAsync(org.Tenant.Id)).ShouldBe(changes);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleSettings.SingleAsync(s => s.TenantId == org.Tenant.Id && s.Module == wanted[0])).Order.ShouldBe(10);
        (await catalog.ModuleChanges.CountAsync(c => c.TenantId == org.Tenant.Id && c.Action == "reorder" && c.Field == "setting.order")).ShouldBe(15);
    }

    [Fact]
    public async Task Reorder_UnknownOrRepeatedModule_Refused()
    {
        var (org, token, _) = await OwnerAsync();

        using var unknown = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/order", new { modules = new[] { "customers", "ghost" } }, token);
        using var twice = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/order", new { modules = new[] { "customers", "customers" } }, token);

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.JsonAsync()).GetProperty("errors").GetProperty("modules")[0].GetString().ShouldBe("\"ghost\" adında bir modül yok.");
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ChangeCountAsync(org.Tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Update_SeoTooLongOrImageNotAnHttpAddress_RefusedPerField_AndNothingSaved()
    {
        var (org, token, _) = await OwnerAsync();

        using var tooLong = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", new
        {
            seoTitle = new { tr = new string('a', 201), en = "ok" },
            seoDescription = new { tr = "ok", en = new string('b', 501) },
        }, token);
        using var badUrl = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", new { seoOgImage = "javascript:alert(1)" }, token);
        using var relative = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", new { seoOgImage = "/images/og.png" }, token);

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await tooLong.JsonAsync()).GetProperty("errors");
        errors.GetProperty("seoTitle.tr")[0].GetString().ShouldBe("En fazla 200 karakter.");
        errors.GetProperty("seoDescription.en")[0].GetString().ShouldBe("En fazla 500 karakter.");
        badUrl.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badUrl.JsonAsync()).GetProperty("errors").GetProperty("seoOgImage")[0].GetString().ShouldStartWith("Görsel adresi");
        relative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ChangeCountAsync(org.Tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Update_UnknownRoleOrOwnRoleLockedOutOfSettings_Refused()
    {
        var (org, token, _) = await OwnerAsync();

        using var unknown = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", new { roles = new[] { "admin", "ghost-role" } }, token);
        using var lockout = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/access", new { roles = new[] { "admin" } }, token);

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.JsonAsync()).GetProperty("errors").GetProperty("roles")[0].GetString().ShouldBe("\"ghost-role\" adında bir rol yok.");
        lockout.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var stillAllowed = await org.SendAsync(HttpMethod.Get, "/api/v1/modules", accessToken: token);
        stillAllowed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Modules_EmployeeChanging_Forbidden()
    {
        var org = await Organisation.CreateAsync(factory);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(employee, org.Main);

        using var update = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", new { visibleInSidebar = false }, token);
        using var reorder = await org.SendAsync(HttpMethod.Put, "/api/v1/modules/order", new { modules = new[] { "customers" } }, token);

        update.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reorder.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ChangeCountAsync(org.Tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Modules_AdminOfTenantA_ChangesOnlyTenantA()
    {
        var (a, _, _) = await OwnerAsync();
        var adminA = await a.AddUserAsync(SystemRoles.Admin, [a.Main]);
        var tokenA = await a.TokenForAsync(adminA, a.Main);
        var (b, tokenB, _) = await OwnerAsync();
        using (await b.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", new { useAnalytics = true }, tokenB))
        {
        }

        var before = await SnapshotAsync(b.Tenant.Id);
        using var update = await a.SendAsync(HttpMethod.Put, "/api/v1/modules/customers", new { useAnalytics = false, visibleInSidebar = false }, tokenA);
        using var reorder = await a.SendAsync(HttpMethod.Put, "/api/v1/modules/order", new { modules = new[] { "notifications", "customers" } }, tokenA);
        using var intoB = await a.Factory.CreateClient().SendAsync(
            HttpExtensions.Request(HttpMethod.Put, "/api/v1/modules/customers", new { useAnalytics = false }, tokenA, b.Tenant.Slug));

        update.StatusCode.ShouldBe(HttpStatusCode.OK);
        reorder.StatusCode.ShouldBe(HttpStatusCode.OK);
        intoB.IsSuccessStatusCode.ShouldBeFalse();
        (await SnapshotAsync(b.Tenant.Id)).ShouldBe(before);
        using var listB = await b.SendAsync(HttpMethod.Get, "/api/v1/modules", accessToken: tokenB);
        var customersB = (await listB.JsonAsync()).EnumerateArray().Single(m => m.GetProperty("code").GetString() == "customers");
        customersB.GetProperty("effective").GetProperty("useAnalytics").GetBoolean().ShouldBeTrue();
        customersB.GetProperty("effective").GetProperty("visibleInSidebar").GetBoolean().ShouldBeTrue();
    }

    private async Task<(Organisation Org, string Token, TestUser Owner)> OwnerAsync()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        return (org, await org.TokenForAsync(owner, org.Main), owner);
    }

    private async Task CompleteSetupAsync(Organisation org, string token)
    {
        Guid professional;
        await using (var catalog = await factory.CatalogAsync())
        {
            professional = await catalog.Packages.Where(p => p.Code == "professional").Select(p => p.Id).SingleAsync();
        }

        using var complete = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", new
        {
            tenantId = org.Tenant.Id, packageId = professional, billingPeriod = "Monthly", selectedModules = new[] { "customers", "leads" },
            companyDetails = new { name = "Kuzey Dijital" },
        }, token);
        complete.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<List<string>> ActiveModulesAsync(Organisation org, string token)
    {
        using var response = await org.SendAsync(HttpMethod.Get, "/api/tenant/user-modules/active", accessToken: token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("code").GetString()!)];
    }

    private static async Task<IReadOnlyList<string?>> EnabledModulesAsync(Organisation org, string token)
    {
        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/modules", accessToken: token);
        return [.. (await response.JsonAsync()).EnumerateArray()
            .Where(m => m.GetProperty("effective").GetProperty("enabled").GetBoolean())
            .Select(m => m.GetProperty("code").GetString())];
    }

    private static async Task<IReadOnlyList<string?>> SidebarAsync(Organisation org, string token)
    {
        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/modules", accessToken: token);
        return [.. (await response.JsonAsync()).EnumerateArray()
            .Where(m => m.GetProperty("effective").GetProperty("visibleInSidebar").GetBoolean())
            .Select(m => m.GetProperty("code").GetString())];
    }

    private static async Task<int> AuditCountAsync(Organisation org, string token)
    {
        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/audit?action=MODULE_SETTING_CHANGED", accessToken: token);
        return (await response.JsonAsync()).GetProperty("total").GetInt32();
    }

    private async Task<List<ModuleChange>> ChangesAsync(Guid tenantId, string module)
    {
        await using var catalog = await factory.CatalogAsync();
        return await catalog.ModuleChanges.AsNoTracking().Where(c => c.TenantId == tenantId && c.Module == module).ToListAsync();
    }

    private async Task<int> ChangeCountAsync(Guid tenantId)
    {
        await using var catalog = await factory.CatalogAsync();
        return await catalog.ModuleChanges.CountAsync(c => c.TenantId == tenantId);
    }

    /// <summary>Every module record of the tenant as text, to compare before and after.</summary>
    private async Task<string> SnapshotAsync(Guid tenantId)
    {
        await using var catalog = await factory.CatalogAsync();
        var settings = await catalog.ModuleSettings.AsNoTracking().Where(s => s.TenantId == tenantId).OrderBy(s => s.Module).ToListAsync();
        var metas = await catalog.ModuleMetas.AsNoTracking().Where(m => m.TenantId == tenantId).OrderBy(m => m.Name).ToListAsync();
        var changes = await catalog.ModuleChanges.CountAsync(c => c.TenantId == tenantId);
        return string.Join("\n", settings.Select(s => $"{s.Module} {s.Enabled} {s.VisibleInSidebar} {s.UseAnalytics} {s.ShowInDashboard} {s.Order} {s.UpdatedAt:O}"))
            + "\n" + string.Join("\n", metas.Select(m => $"{m.Name} {m.Enabled} {m.Order} {m.UpdatedAt:O}"))
            + "\n" + changes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
