using System.Net;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>The setup wizard's API: packages, completing setup (all or nothing) and the modules a user may use.</summary>
public sealed class SetupTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Packages_WithoutTenant_ListsThreeWithTheirModulesAndPrices()
    {
        using var response = await factory.CreateClient().GetAsync("/api/public/packages");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var packages = (await response.JsonAsync()).EnumerateArray().ToList();
        packages.Select(p => p.GetProperty("code").GetString()).ShouldBe(["starter", "professional", "enterprise"]);
        packages[0].GetProperty("currency").GetString().ShouldBe("TRY");
        Codes(packages[0].GetProperty("modules")).ShouldContain("customers");
        Codes(packages[0].GetProperty("modules")).ShouldNotContain("finance");
        Codes(packages[2].GetProperty("modules")).Count.ShouldBe(15);
    }

    [Fact]
    public async Task Complete_ByOwner_CreatesATrialWithTheChosenModules_RenamesTheCompany_AndOnlyOnce()
    {
        var (org, token) = await OwnerAsync();
        var professional = await PackageIdAsync("professional");

        using var complete = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", new
        {
            tenantId = org.Tenant.Id, packageId = professional, billingPeriod = "Yearly",
            selectedModules = new[] { "customers", "leads", "projects" },
            companyDetails = new { name = "Kuzey Dijital", taxNumber = "1234567890", email = "info@kuzey.example" },
        }, token);
        using var again = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", new
        {
            tenantId = org.Tenant.Id, packageId = professional, billingPeriod = "Monthly", selectedModules = new[] { "customers" },
            companyDetails = new { name = "Başka" },
        }, token);
        using var active = await org.SendAsync(HttpMethod.Get, "/api/tenant/user-modules/active", accessToken: token);
        using var company = await org.SendAsync(HttpMethod.Get, $"/api/v1/companies/{org.Main.Id}", accessToken: token);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: token);

        complete.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await me.JsonAsync()).GetProperty("tenant").GetProperty("setupCompleted").GetBoolean().ShouldBeTrue();
        var created = await complete.JsonAsync();
        created.GetProperty("subscriptionStatus").GetString().ShouldBe("Trial");
        (created.GetProperty("trialEndDate").GetDateTime() - DateTime.UtcNow).TotalDays.ShouldBeInRange(13.9, 14.01);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var modules = await active.JsonAsync();
        modules.GetProperty("tenantId").GetGuid().ShouldBe(org.Tenant.Id);
        modules.GetProperty("packageName").GetString().ShouldBe("Professional");
        modules.GetProperty("subscriptionStatus").GetString().ShouldBe("Trial");
        Codes(modules.GetProperty("modules")).ShouldBe(["access", "dashboard", "notifications", "customers", "leads", "projects"], ignoreOrder: true);
        modules.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "customers").GetProperty("isActive").GetBoolean().ShouldBeTrue();
        (await company.JsonAsync()).GetProperty("name").GetString().ShouldBe("Kuzey Dijital");

        await using var catalog = await factory.CatalogAsync();
        var tenant = await catalog.Tenants.SingleAsync(t => t.Id == org.Tenant.Id);
        tenant.SetupCompleted.ShouldBeTrue();
        tenant.EnabledModules.ShouldContain("leads");
        (await catalog.Subscriptions.CountAsync(s => s.TenantId == org.Tenant.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Complete_ModuleOutsideThePackageOrWithoutItsDependencyOrNoName_IsRefusedAndChangesNothing()
    {
        var (org, token) = await OwnerAsync();
        var starter = await PackageIdAsync("starter");
        var enterprise = await PackageIdAsync("enterprise");

        using var outside = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", new
        {
            tenantId = org.Tenant.Id, packageId = starter, billingPeriod = "Monthly", selectedModules = new[] { "customers", "finance" },
            companyDetails = new { name = "Kuzey" },
        }, token);
        using var dependency = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", new
        {
            tenantId = org.Tenant.Id, packageId = enterprise, billingPeriod = "Monthly", selectedModules = new[] { "time" },
            companyDetails = new { name = "Kuzey" },
        }, token);
        using var noName = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", new
        {
            tenantId = org.Tenant.Id, packageId = starter, billingPeriod = "Monthly", selectedModules = new[] { "customers" },
            companyDetails = new { name = " ", email = "not-an-email" },
        }, token);
        using var noPackage = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", new
        {
            tenantId = org.Tenant.Id, packageId = Guid.NewGuid(), billingPeriod = "Monthly", companyDetails = new { name = "Kuzey" },
        }, token);

        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Error(await outside.JsonAsync(), "selectedModules").ShouldContain("Starter paketinde olmayan modüller seçildi: finance");
        dependency.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Error(await dependency.JsonAsync(), "selectedModules").ShouldContain("Zaman takibi → Projeler");
        noName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await noName.JsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["companyDetails.name", "companyDetails.email"], ignoreOrder: true);
        Error(await noPackage.JsonAsync(), "packageId").ShouldBe("Bir paket seçin.");

        await using var catalog = await factory.CatalogAsync();
        (await catalog.Tenants.SingleAsync(t => t.Id == org.Tenant.Id)).SetupCompleted.ShouldBeFalse();
        (await catalog.Subscriptions.CountAsync(s => s.TenantId == org.Tenant.Id)).ShouldBe(0);
        using var company = await org.SendAsync(HttpMethod.Get, $"/api/v1/companies/{org.Main.Id}", accessToken: token);
        (await company.JsonAsync()).GetProperty("name").GetString().ShouldBe("Ana Şirket");
    }

    [Fact]
    public async Task Complete_ByEmployeeOrForAnotherTenant_IsRefused_AndWithoutSubscriptionNoModulesAreActive()
    {
        var (org, ownerToken) = await OwnerAsync();
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var employeeToken = await org.TokenForAsync(employee, org.Main);
        var starter = await PackageIdAsync("starter");
        var body = new { tenantId = org.Tenant.Id, packageId = starter, billingPeriod = "Monthly", companyDetails = new { name = "Kuzey" } };

        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: employeeToken);
        (await me.JsonAsync()).GetProperty("tenant").GetProperty("setupCompleted").GetBoolean().ShouldBeFalse();
        using var byEmployee = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", body, employeeToken);
        using var otherTenant = await org.SendAsync(HttpMethod.Post, "/api/setup/complete-setup", body with { tenantId = Guid.NewGuid() }, ownerToken);
        using var active = await org.SendAsync(HttpMethod.Get, "/api/tenant/user-modules/active", accessToken: employeeToken);

        byEmployee.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var modules = await active.JsonAsync();
        modules.GetProperty("modules").GetArrayLength().ShouldBe(0);
        modules.GetProperty("packageName").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private async Task<(Organisation Org, string Token)> OwnerAsync()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        return (org, await org.TokenForAsync(owner, org.Main));
    }

    private async Task<Guid> PackageIdAsync(string code)
    {
        await using var catalog = await factory.CatalogAsync();
        return await catalog.Packages.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }

    private static List<string> Codes(JsonElement modules) => [.. modules.EnumerateArray().Select(m => m.GetProperty("code").GetString()!)];

    private static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
}
