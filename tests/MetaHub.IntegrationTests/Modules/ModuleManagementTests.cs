using System.Net;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Modules;

/// <summary>The operator's module operations on tenants (SPEC §4), through the platform API.</summary>
public sealed class ModuleManagementTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly PlatformOperators operators = new(factory);

    [Fact]
    public async Task Assign_ModuleOutsideTheSubscription_CreatesItsSetting_TenantGetsIt_AndAgainChangesNothing()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();

        using var first = await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/leads/tenants/{tenant.Id}", accessToken: token);
        var changes = await ChangeCountAsync(tenant.Id);
        using var again = await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/leads/tenants/{tenant.Id}", accessToken: token);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.JsonAsync()).GetProperty("status").GetString().ShouldBe("Changed");
        (await again.JsonAsync()).GetProperty("status").GetString().ShouldBe("Unchanged");
        (await ChangeCountAsync(tenant.Id)).ShouldBe(changes);
        await using (var catalog = await factory.CatalogAsync())
        {
            (await catalog.ModuleSettings.SingleAsync(s => s.TenantId == tenant.Id && s.Module == "leads")).Enabled.ShouldBe(true);
        }

        (await EnabledModulesAsync(tenant.Slug)).ShouldContain("leads");
        (await operators.AuditAsync(operatorEmail!)).ShouldContain(e => e.Action == "MODULE_ASSIGNED" && e.TenantId == tenant.Id);
    }

    [Fact]
    public async Task Unassign_HidesTheModule_KeepsItsSetting_AndACoreModuleIsRefused()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        (await EnabledModulesAsync(tenant.Slug)).ShouldContain("customers");

        using var removed = await operators.SendAsync(HttpMethod.Delete, $"/api/platform/modules/customers/tenants/{tenant.Id}", accessToken: token);
        using var core = await operators.SendAsync(HttpMethod.Delete, $"/api/platform/modules/access/tenants/{tenant.Id}", accessToken: token);
        using var unknown = await operators.SendAsync(HttpMethod.Delete, $"/api/platform/modules/nope/tenants/{tenant.Id}", accessToken: token);

        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await EnabledModulesAsync(tenant.Slug)).ShouldNotContain("customers");
        await using (var catalog = await factory.CatalogAsync())
        {
            (await catalog.ModuleSettings.SingleAsync(s => s.TenantId == tenant.Id && s.Module == "customers")).Enabled.ShouldBe(false);
        }

        core.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await core.JsonAsync()).GetProperty("errors").GetProperty("module")[0].GetString().ShouldBe("Kuruluş ve erişim temel bir modüldür; kapatılamaz.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Repair_AfterASettingWasDeleted_RecreatesIt_AndASecondRepairCreatesNothing()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        using (await operators.SendAsync(HttpMethod.Post, $"/api/platform/modules/onboard/{tenant.Id}", accessToken: token))
        {
        }

        await using (var catalog = await factory.CatalogAsync())
        {
            await catalog.ModuleSettings.Where(s => s.TenantId == tenant.Id && s.Module == "customers").ExecuteDeleteAsync();
        }

        using var health = await operators.SendAsync(HttpMethod.Get, "/api/platform/modules/health", accessToken: token);
        var gaps = (await health.JsonAsync()).GetProperty("missing").EnumerateArray().Where(g => g.GetProperty("tenantId").GetGuid() == tenant.Id).ToList();
        using var repair = await operators.SendAsync(HttpMethod.Post, "/api/platform/modules/repair", accessToken: token);
        var afterFirst = await ChangeCountAsync(tenant.Id);
        using var second = await operators.SendAsync(HttpMethod.Post, "/api/platform/modules/repair", accessToken: token);

        gaps.Count.ShouldBe(1);
        gaps[0].GetProperty("module").GetString().ShouldBe("customers");
        gaps[0].GetProperty("missingSetting").GetBoolean().ShouldBeTrue();
        gaps[0].GetProperty("missingMeta").GetBoolean().ShouldBeFalse();
        repair.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.JsonAsync()).GetProperty("missing").EnumerateArray().ShouldNotContain(g => g.GetProperty("tenantId").GetGuid() == tenant.Id);
        (await ChangeCountAsync(tenant.Id)).ShouldBe(afterFirst);
        await using var check = await factory.CatalogAsync();
        (await check.ModuleSettings.CountAsync(s => s.TenantId == tenant.Id && s.Module == "customers")).ShouldBe(1);
        (await check.ModuleChanges.CountAsync(c => c.TenantId == tenant.Id && c.Action == "repair" && c.Field == "setting")).ShouldBe(1);
    }

    [Fact]
    public async Task Repair_WithOrphanCleanup_RemovesRecordsOfModulesThePlatformNoLongerHas()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        await using (var catalog = await factory.CatalogAsync())
        {
            catalog.ModuleMetas.Add(new ModuleMeta { TenantId = tenant.Id, Name = "legacy-crm" });
            catalog.ModuleSettings.Add(new ModuleSetting { TenantId = tenant.Id, Module = "legacy-crm" });
            await catalog.SaveChangesAsync();
        }

        using var health = await operators.SendAsync(HttpMethod.Get, "/api/platform/modules/health", accessToken: token);
        using var keep = await operators.SendAsync(HttpMethod.Post, "/api/platform/modules/repair", accessToken: token);
        var kept = await OrphanCountAsync(tenant.Id);
        using var clean = await operators.SendAsync(HttpMethod.Post, "/api/platform/modules/repair?cleanupOrphans=true", accessToken: token);

        (await health.JsonAsync()).GetProperty("orphans").EnumerateArray()
            .Count(o => o.GetProperty("tenantId").GetGuid() == tenant.Id && o.GetProperty("module").GetString() == "legacy-crm").ShouldBe(2);
        kept.ShouldBe(2);
        clean.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OrphanCountAsync(tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task History_ShowsWhoChangedWhatWhen_OldToNew()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        using (await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/seo/tenants/{tenant.Id}", accessToken: token))
        {
        }

        using var roles = await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/seo/tenants/{tenant.Id}/roles", new { roles = new[] { "admin", "manager" }, onSetting = true }, token);
        using var history = await operators.SendAsync(HttpMethod.Get, $"/api/platform/modules/history?tenantId={tenant.Id}&module=seo", accessToken: token);

        roles.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var items = (await history.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var roleChange = items.First(i => i.GetProperty("field").GetString() == "setting.roles");
        roleChange.GetProperty("oldValue").ValueKind.ShouldBe(JsonValueKind.Null);
        roleChange.GetProperty("newValue").GetString().ShouldBe("admin, manager");
        roleChange.GetProperty("changedBy").GetString().ShouldBe(operatorEmail);
        items.ShouldContain(i => i.GetProperty("field").GetString() == "setting.enabled" && i.GetProperty("newValue").GetString() == "true");
        (DateTime.UtcNow - roleChange.GetProperty("changedAt").GetDateTime()).TotalMinutes.ShouldBeLessThan(5);
    }

    [Fact]
    public async Task Compare_SettingOverridesOrder_ShowsEffectiveValueAndItsSource()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        using (await operators.SendAsync(HttpMethod.Post, $"/api/platform/modules/onboard/{tenant.Id}", accessToken: token))
        {
        }

        await using (var catalog = await factory.CatalogAsync())
        {
            (await catalog.ModuleSettings.SingleAsync(s => s.TenantId == tenant.Id && s.Module == "customers")).Order = 1;
            await catalog.SaveChangesAsync();
        }

        using var compare = await operators.SendAsync(HttpMethod.Get, $"/api/platform/modules/customers/tenants/{tenant.Id}/compare", accessToken: token);

        var fields = (await compare.JsonAsync()).GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        fields["order"].GetProperty("meta").GetString().ShouldBe("4");
        fields["order"].GetProperty("setting").GetString().ShouldBe("1");
        fields["order"].GetProperty("effective").GetString().ShouldBe("1");
        fields["order"].GetProperty("source").GetString().ShouldBe("setting");
        fields["label"].GetProperty("effective").GetString().ShouldBe("Müşteriler / Customers");
        fields["label"].GetProperty("source").GetString().ShouldBe("meta");
        fields["enabled"].GetProperty("source").GetString().ShouldBe("meta");
    }

    [Fact]
    public async Task Batch_ManyTenantsAndModules_AnswersPerPair_AndRefusalsDoNotStopTheRest()
    {
        var first = await factory.CreateTenantAsync();
        var second = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        var missing = Guid.NewGuid();

        using var batch = await operators.SendAsync(HttpMethod.Post, "/api/platform/modules/batch",
            new { tenantIds = new[] { first.Id, second.Id, missing }, modules = new[] { "leads", "vault", "ghost" }, assign = true }, token);

        batch.StatusCode.ShouldBe(HttpStatusCode.OK);
        var results = (await batch.JsonAsync()).EnumerateArray().ToList();
        results.Count.ShouldBe(9);
        results.Count(r => r.GetProperty("status").GetString() == "Changed").ShouldBe(4);
        results.Count(r => r.GetProperty("status").GetString() == "TenantNotFound").ShouldBe(3);
        results.Count(r => r.GetProperty("status").GetString() == "ModuleNotFound").ShouldBe(2);
        (await EnabledModulesAsync(second.Slug)).ShouldContain("vault");
    }

    [Fact]
    public async Task Onboard_Twice_CreatesEveryModuleOnce_EnabledPerSubscription()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();

        using var first = await operators.SendAsync(HttpMethod.Post, $"/api/platform/modules/onboard/{tenant.Id}", accessToken: token);
        using var second = await operators.SendAsync(HttpMethod.Post, $"/api/platform/modules/onboard/{tenant.Id}", accessToken: token);

        (await first.JsonAsync()).GetProperty("changes").GetInt32().ShouldBeGreaterThan(0);
        (await second.JsonAsync()).GetProperty("changes").GetInt32().ShouldBe(0);
        await using var catalog = await factory.CatalogAsync();
        var modules = await catalog.ModuleDefinitions.CountAsync();
        (await catalog.ModuleMetas.CountAsync(m => m.TenantId == tenant.Id)).ShouldBe(modules);
        (await catalog.ModuleSettings.CountAsync(s => s.TenantId == tenant.Id)).ShouldBe(modules);
        var enabled = await catalog.ModuleMetas.Where(m => m.TenantId == tenant.Id && m.Enabled).Select(m => m.Name).ToListAsync();
        enabled.Order(StringComparer.Ordinal).ShouldBe(["access", "customers", "dashboard", "notifications"]);
    }

    [Fact]
    public async Task Roles_ModuleLimitedToOwners_AnAdminLosesItsEndpoints_TheOwnerKeepsThem()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var token = await OperatorTokenAsync();
        using (var before = await org.SendAsync(HttpMethod.Get, "/api/v1/users", accessToken: await org.TokenForAsync(admin, org.Main)))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var roles = await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/access/tenants/{org.Tenant.Id}/roles", new { roles = new[] { "owner" }, onSetting = false }, token);
        using var asAdmin = await org.SendAsync(HttpMethod.Get, "/api/v1/users", accessToken: await org.TokenForAsync(admin, org.Main));
        using var asOwner = await org.SendAsync(HttpMethod.Get, "/api/v1/users", accessToken: await org.TokenForAsync(owner, org.Main));

        roles.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        asAdmin.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        asOwner.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Matrix_FiltersByTextAndModule_AndFollowsAToggledCell()
    {
        var tenant = await factory.CreateTenantAsync(name: "Matris Ajans " + Guid.NewGuid().ToString("N")[..6]);
        var token = await OperatorTokenAsync();
        var search = tenant.Name[^6..];

        var before = await MatrixAsync(token, $"search={search}");
        var withoutLeads = await MatrixAsync(token, $"search={search}&module=leads&enabled=false");
        using (await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/leads/tenants/{tenant.Id}", accessToken: token))
        {
        }

        var withLeads = await MatrixAsync(token, $"search={search}&module=leads&enabled=true");

        before.GetProperty("total").GetInt32().ShouldBe(1);
        var row = before.GetProperty("rows")[0];
        row.GetProperty("slug").GetString().ShouldBe(tenant.Slug);
        row.GetProperty("enabled").EnumerateArray().Select(e => e.GetString()).ShouldBe(["access", "customers", "dashboard", "notifications"]);
        before.GetProperty("modules").GetArrayLength().ShouldBe(15);
        withoutLeads.GetProperty("total").GetInt32().ShouldBe(1);
        withLeads.GetProperty("total").GetInt32().ShouldBe(1);
        withLeads.GetProperty("rows")[0].GetProperty("enabled").EnumerateArray().Select(e => e.GetString()).ShouldContain("leads");
        (await MatrixAsync(token, $"search={search}&module=leads&enabled=false")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task PlatformModules_TenantOwnerOrNoToken_Refused()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);

        using var asOwner = await org.SendAsync(HttpMethod.Get, "/api/platform/modules/matrix", accessToken: await org.TokenForAsync(owner, org.Main));
        using var anonymous = await operators.SendAsync(HttpMethod.Post, $"/api/platform/modules/onboard/{org.Tenant.Id}");

        asOwner.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleMetas.CountAsync(m => m.TenantId == org.Tenant.Id)).ShouldBe(0);
    }

    private string? operatorEmail;

    private async Task<string> OperatorTokenAsync()
    {
        (operatorEmail, var token) = await operators.SignedInAsync();
        return token;
    }

    private async Task<JsonElement> MatrixAsync(string token, string query)
    {
        using var response = await operators.SendAsync(HttpMethod.Get, "/api/platform/modules/matrix?" + query, accessToken: token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private async Task<IReadOnlyList<string?>> EnabledModulesAsync(string slug)
    {
        using var response = await factory.CreateClient().SendAsync(Get("/api/v1/tenant/current", tenant: slug));
        return [.. (await response.JsonAsync()).GetProperty("enabledModules").EnumerateArray().Select(m => m.GetString())];
    }

    private async Task<int> ChangeCountAsync(Guid tenantId)
    {
        await using var catalog = await factory.CatalogAsync();
        return await catalog.ModuleChanges.CountAsync(c => c.TenantId == tenantId);
    }

    private async Task<int> OrphanCountAsync(Guid tenantId)
    {
        await using var catalog = await factory.CatalogAsync();
        return await catalog.ModuleMetas.CountAsync(m => m.TenantId == tenantId && m.Name == "legacy-crm")
            + await catalog.ModuleSettings.CountAsync(s => s.TenantId == tenantId && s.Module == "legacy-crm");
    }
}
