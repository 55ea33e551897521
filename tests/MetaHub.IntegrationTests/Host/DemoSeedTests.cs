using MetaHub.Access.Domain;
using MetaHub.Customers.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Leads.Domain;
using MetaHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Host;

public sealed class DemoSeedTests(DemoSeedTests.DemoFactory factory) : IClassFixture<DemoSeedTests.DemoFactory>
{
    [Fact]
    public async Task Start_InDevelopment_SeedsXyzHoldingWithItsCompanyTree()
    {
        using var response = await factory.CreateClient().SendAsync(Get("/api/v1/tenant/current", tenant: "demo"));
        (await response.JsonAsync()).GetProperty("name").GetString().ShouldBe("XYZ Holding");

        var companies = await CompaniesAsync();

        var byId = companies.ToDictionary(c => c.Id);
        companies.Select(c => (c.Name, Parent: c.ParentCompanyId is { } p ? byId[p].Name : null)).OrderBy(c => c.Name, StringComparer.Ordinal)
            .ShouldBe(
            [
                ("Dijital AŞ", null),
                ("Medya Ltd", null),
                ("Mobil Dev", "Yazılım AŞ"),
                ("SEO Birimi", "Dijital AŞ"),
                ("Tasarım Stüdyo", "Dijital AŞ"),
                ("Yazılım AŞ", null),
            ]);
    }

    [Theory]
    [InlineData("owner@demo.local", 6, true, "settings.edit")]
    [InlineData("admin@demo.local", 6, false, "roles.manage")]
    [InlineData("manager@demo.local", 3, false, "customers.create")]
    [InlineData("employee@demo.local", 2, false, "customers.edit")]
    [InlineData("intern@demo.local", 2, false, "customers.view")]
    public async Task DemoUser_SignsInWithTheDocumentedPassword_AndWorksInItsCompanies(string email, int companies, bool groupView, string permission)
    {
        using var client = factory.CreateClient();
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { email, password = "Demo.Metahub!2026" }),
        };
        login.Headers.Add("x-tenant", "demo");
        using var loggedIn = await client.SendAsync(login);
        var token = (await loggedIn.JsonAsync()).GetProperty("accessToken").GetString();
        using var meRequest = Get("/api/auth/me", tenant: "demo");
        meRequest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var meResponse = await client.SendAsync(meRequest);
        var me = await meResponse.JsonAsync();

        var list = me.GetProperty("companies").EnumerateArray().ToList();
        list.Count.ShouldBe(companies);
        me.GetProperty("groupViewAllowed").GetBoolean().ShouldBe(groupView);
        using var switchRequest = new HttpRequestMessage(HttpMethod.Post, "/api/auth/switch-company")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { companyId = list[^1].GetProperty("id").GetGuid() }),
        };
        switchRequest.Headers.Add("x-tenant", "demo");
        switchRequest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var switched = await client.SendAsync(switchRequest);
        using var again = Get("/api/auth/me", tenant: "demo");
        again.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", (await switched.JsonAsync()).GetProperty("accessToken").GetString());
        using var inCompany = await client.SendAsync(again);
        (await inCompany.JsonAsync()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain(permission);
    }

    [Fact]
    public async Task Start_InDevelopment_GivesSeveralCompaniesCustomersAndAPipeline()
    {
        factory.CreateClient().Dispose();
        var companies = (await CompaniesAsync()).ToDictionary(c => c.Id, c => c.Slug);

        var (customers, leads, reminders) = await CrmAsync();

        var booked = companies.Keys.Where(id => customers.Count(c => c.CompanyId == id) >= 20 && leads.Count(l => l.CompanyId == id) >= 20).ToList();
        booked.Count.ShouldBeGreaterThanOrEqualTo(2);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var company in booked)
        {
            var pipeline = leads.Where(l => l.CompanyId == company).ToList();
            pipeline.Select(l => l.Status).Distinct().Count().ShouldBe(Enum.GetValues<LeadStatus>().Length, companies[company]);
            pipeline.ShouldContain(l => l.NextContactDate == today, companies[company]);
            pipeline.ShouldContain(l => l.NextContactDate < today, companies[company]);
            pipeline.Where(l => l.Status == LeadStatus.Lost).ShouldAllBe(l => !string.IsNullOrEmpty(l.LostReason));
            pipeline.Where(l => l.Status == LeadStatus.Won)
                .ShouldAllBe(l => customers.Any(c => c.Id == l.CustomerId && c.CompanyId == company && c.CompanyName == l.CompanyName));
            customers.Where(c => c.CompanyId == company).Select(c => c.Status).Distinct().Count().ShouldBe(3, companies[company]);
            customers.Where(c => c.CompanyId == company).ShouldAllBe(c => c.Contacts.Count >= 1 && c.Contacts.Count <= 3);
            reminders.ShouldContain(r => r.CompanyId == company && r.DueDate == today && !r.IsDone, companies[company]);
            reminders.ShouldContain(r => r.CompanyId == company && r.DueDate < today && !r.IsDone, companies[company]);
        }
    }

    [Fact]
    public async Task Seed_RunAgain_AddsNothingTwice()
    {
        factory.CreateClient().Dispose();
        var before = (await CompaniesAsync()).Count;
        var (customers, leads, reminders) = await CrmAsync();

        await factory.Services.GetRequiredService<DemoTenantSeeder>().SeedAsync(CancellationToken.None);

        (await CompaniesAsync()).Count.ShouldBe(before);
        var again = await CrmAsync();
        (again.Customers.Count, again.Leads.Count, again.Reminders.Count).ShouldBe((customers.Count, leads.Count, reminders.Count));
    }

    /// <summary>Every company's customers (with contacts), leads and reminders, read through the group view.</summary>
    private async Task<(List<Customer> Customers, List<Lead> Leads, List<CustomerReminder> Reminders)> CrmAsync()
    {
        var tenantId = (await CompaniesAsync())[0].TenantId;
        await using var scope = await factory.Services.GetRequiredService<MetaHub.Tenancy.Resolution.TenantScopes>()
            .CreateAsync(DemoTenantSeeder.Slug, null, CancellationToken.None);
        await using var db = scope.ServiceProvider.GetRequiredService<MetaHub.Kernel.Data.ITenantDbContextFactory>()
            .CreateDbContext(MetaHub.Kernel.Tenancy.DataScope.ForGroup(tenantId));
        return (
            await db.Set<Customer>().Include(c => c.Contacts).AsNoTracking().ToListAsync(),
            await db.Set<Lead>().AsNoTracking().ToListAsync(),
            await db.Set<CustomerReminder>().AsNoTracking().ToListAsync());
    }

    private async Task<List<Company>> CompaniesAsync()
    {
        await using var scope = await factory.Services.GetRequiredService<MetaHub.Tenancy.Resolution.TenantScopes>()
            .CreateAsync(DemoTenantSeeder.Slug, null, CancellationToken.None);
        await using var db = scope.ServiceProvider.GetRequiredService<MetaHub.Kernel.Data.ITenantDbContextFactory>().CreateDbContext();
        return await db.Set<Company>().AsNoTracking().ToListAsync();
    }

    public sealed class DemoFactory() : MetaHubFactory("Development", new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["MetaHub:Demo:Enabled"] = "true",
    });
}
