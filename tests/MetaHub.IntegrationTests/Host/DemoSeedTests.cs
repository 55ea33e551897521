using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
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
    public async Task Seed_RunAgain_AddsNothingTwice()
    {
        factory.CreateClient().Dispose();
        var before = (await CompaniesAsync()).Count;

        await factory.Services.GetRequiredService<DemoTenantSeeder>().SeedAsync(CancellationToken.None);

        (await CompaniesAsync()).Count.ShouldBe(before);
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
