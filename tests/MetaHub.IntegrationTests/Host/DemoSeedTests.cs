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
