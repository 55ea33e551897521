using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Web;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Tenancy;

/// <summary>The module catalog and packages a new installation offers on its sign-up and setup screens.</summary>
public sealed class CatalogReferenceDataTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Startup_SeedsEveryModuleAndThreePackages_EachPackageWithTheCoreModules()
    {
        await using var db = await factory.CatalogAsync();
        var modules = await db.ModuleDefinitions.AsNoTracking().OrderBy(m => m.SortOrder).ToListAsync();
        var packages = await db.Packages.Include(p => p.Modules).AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync();

        modules.Count.ShouldBe(15);
        MetaHubModules.All.Select(m => m.Code).ShouldBeSubsetOf(modules.Select(m => m.Code));
        modules.SelectMany(m => m.Dependencies).ShouldBeSubsetOf(modules.Select(m => m.Code));
        packages.Select(p => p.Code).ShouldBe(["starter", "professional", "enterprise"]);
        packages.ShouldAllBe(p => p.Currency == "TRY" && p.MonthlyPrice > 0 && p.YearlyPrice < p.MonthlyPrice * 12 && p.MaxUsers > 0);
        var core = modules.Where(m => m.IsCore).Select(m => m.Code).ToList();
        core.ShouldBe(["access", "dashboard", "notifications"], ignoreOrder: true);
        foreach (var package in packages)
        {
            var codes = package.Modules.Select(m => m.ModuleCode).ToList();
            codes.ShouldBeSubsetOf(modules.Select(m => m.Code));
            core.ShouldBeSubsetOf(codes);
            // A package never offers a module without what it depends on.
            modules.Where(m => codes.Contains(m.Code)).SelectMany(m => m.Dependencies).ShouldBeSubsetOf(codes);
        }

        packages[^1].Modules.Count.ShouldBe(15);
        packages[^1].Placement.ShouldBe(TenantPlacement.Dedicated);
        packages[0].Modules.Count.ShouldBeLessThan(packages[1].Modules.Count);
    }

    [Fact]
    public async Task Restart_AddsNothingTwice_AndKeepsAnOperatorsPriceChange()
    {
        await using (var db = await factory.CatalogAsync())
        {
            var starter = await db.Packages.SingleAsync(p => p.Code == "starter");
            starter.MonthlyPrice = 555m;
            await db.SaveChangesAsync();
        }

        await factory.Services.MigrateDatabasesAsync(CancellationToken.None);

        await using var check = await factory.CatalogAsync();
        (await check.ModuleDefinitions.CountAsync()).ShouldBe(15);
        (await check.Packages.CountAsync()).ShouldBe(3);
        (await check.Packages.SingleAsync(p => p.Code == "starter")).MonthlyPrice.ShouldBe(555m);
    }
}
