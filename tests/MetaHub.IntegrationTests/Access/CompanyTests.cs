using System.Net;
using MetaHub.Customers.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.IntegrationTests.Access;

/// <summary>/api/v1/companies: the group's companies, for users with settings permissions.</summary>
public sealed class CompanyTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Create_Subsidiary_GetsSystemRolesAndCreatorBecomesOwner()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var token = await org.TokenForAsync(admin, org.Main);

        using var created = await org.SendAsync(HttpMethod.Post, "/api/v1/companies", new
        {
            name = "Sosyal Medya",
            slug = "sosyal",
            parentCompanyId = org.Main.Id,
            primaryColor = "#00aa88",
            settings = new { currency = "EUR", timeZone = "Europe/Istanbul", fiscalYearStartMonth = 4, invoicePrefix = "SM", nextInvoiceNumber = 100 },
        }, token);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var company = await created.JsonAsync();
        company.GetProperty("primaryColor").GetString().ShouldBe("#00AA88");
        company.GetProperty("settings").GetProperty("currency").GetString().ShouldBe("EUR");
        company.GetProperty("settings").GetProperty("nextInvoiceNumber").GetInt64().ShouldBe(100);
        var id = company.GetProperty("id").GetGuid();

        using var switched = await org.SendAsync(HttpMethod.Post, "/api/auth/switch-company", new { companyId = id }, token);
        switched.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var roles = await org.SendAsync(HttpMethod.Get, "/api/v1/roles", accessToken: (await switched.JsonAsync()).GetProperty("accessToken").GetString());
        (await roles.JsonAsync()).GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task Create_InvalidFields_ListsEveryProblemInTurkish()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        using var response = await org.SendAsync(HttpMethod.Post, "/api/v1/companies", new
        {
            name = "",
            slug = "Ana Şirket!",
            primaryColor = "red",
            email = "not-an-email",
            settings = new { currency = "lira", timeZone = "Mars/Olympus", fiscalYearStartMonth = 13, nextInvoiceNumber = 0, enabledModules = new[] { "finance" } },
        }, token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe([
            "email", "name", "primaryColor", "settings.currency", "settings.enabledModules",
            "settings.fiscalYearStartMonth", "settings.nextInvoiceNumber", "settings.timeZone", "slug"]);
        errors.GetProperty("name")[0].GetString().ShouldBe("Bu alan zorunludur.");
    }

    [Fact]
    public async Task Update_MoveUnderOwnSubsidiary_IsRefused()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        using var self = await org.SendAsync(HttpMethod.Put, $"/api/v1/companies/{org.Main.Id}", new { name = "Ana Şirket", slug = "ana", parentCompanyId = org.Main.Id }, token);
        using var child = await org.SendAsync(HttpMethod.Put, $"/api/v1/companies/{org.Main.Id}", new { name = "Ana Şirket", slug = "ana", parentCompanyId = org.Subsidiary.Id }, token);
        using var fine = await org.SendAsync(HttpMethod.Put, $"/api/v1/companies/{org.Subsidiary.Id}", new { name = "Alt Şirket", slug = "alt", parentCompanyId = org.Other.Id }, token);

        self.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        child.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await child.JsonAsync()).GetProperty("errors").GetProperty("parentCompanyId")[0].GetString()!.ShouldContain("taşınamaz");
        fine.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_CompanyWithData_IsRefusedWithAdviceToDeactivate()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);
        await using (var db = await factory.OpenAsync(org.Tenant, tenantId => DataScope.ForCompany(tenantId, org.Other.Id)))
        {
            db.Add(new Customer { CompanyName = "ABC Ltd" });
            await db.SaveChangesAsync();
        }

        using var withData = await org.SendAsync(HttpMethod.Delete, $"/api/v1/companies/{org.Other.Id}", accessToken: token);
        using var withChildren = await org.SendAsync(HttpMethod.Delete, $"/api/v1/companies/{org.Main.Id}", accessToken: token);
        using var empty = await org.SendAsync(HttpMethod.Delete, $"/api/v1/companies/{org.Subsidiary.Id}", accessToken: token);

        withData.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await withData.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("pasif");
        withChildren.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        empty.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Companies_EmployeeWithoutSettingsPermission_IsForbidden()
    {
        var org = await Organisation.CreateAsync(factory);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(employee, org.Main);

        using var list = await org.SendAsync(HttpMethod.Get, "/api/v1/companies", accessToken: token);
        using var create = await org.SendAsync(HttpMethod.Post, "/api/v1/companies", new { name = "X", slug = "x" }, token);

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Companies_OfAnotherTenant_AreNeitherListedNorReachable()
    {
        var a = await Organisation.CreateAsync(factory, TenantPlacement.Shared);
        var b = await Organisation.CreateAsync(factory, TenantPlacement.Shared);
        var owner = await a.AddUserAsync(SystemRoles.Owner, [a.Main]);
        var token = await a.TokenForAsync(owner, a.Main);

        using var list = await a.SendAsync(HttpMethod.Get, "/api/v1/companies", accessToken: token);
        using var get = await a.SendAsync(HttpMethod.Get, $"/api/v1/companies/{b.Main.Id}", accessToken: token);
        using var update = await a.SendAsync(HttpMethod.Put, $"/api/v1/companies/{b.Main.Id}", new { name = "Ele geçirildi", slug = "ana" }, token);
        using var move = await a.SendAsync(HttpMethod.Put, $"/api/v1/companies/{a.Other.Id}", new { name = "Diğer", slug = "diger", parentCompanyId = b.Main.Id }, token);

        (await list.JsonAsync()).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([a.Subsidiary.Id, a.Main.Id, a.Other.Id], ignoreOrder: true);
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        update.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        move.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
