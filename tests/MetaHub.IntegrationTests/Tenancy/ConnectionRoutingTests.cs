using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using MetaHub.Tenancy.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Tenancy;

/// <summary>Tenants are routed to their physical database, with one pool (one options instance) per database.</summary>
public sealed class ConnectionRoutingTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task SharedTenants_UseOneDatabaseAndOnePool()
    {
        var (a, routeA) = await RouteAsync(TenantPlacement.Shared);
        var (b, routeB) = await RouteAsync(TenantPlacement.Shared);

        b.DatabaseId.ShouldBe(a.DatabaseId);
        routeB.ConnectionString.ShouldBe(routeA.ConnectionString);
        var connections = factory.Services.GetRequiredService<TenantConnections>();
        connections.GetAppOptions(routeB).ShouldBeSameAs(connections.GetAppOptions(routeA));
    }

    [Fact]
    public async Task DedicatedTenants_EachHaveTheirOwnDatabase()
    {
        var (a, routeA) = await RouteAsync(TenantPlacement.Dedicated);
        var (b, routeB) = await RouteAsync(TenantPlacement.Dedicated);

        b.DatabaseId.ShouldNotBe(a.DatabaseId);
        string.Equals(routeB.ConnectionString, routeA.ConnectionString, StringComparison.Ordinal).ShouldBeFalse();
        var connections = factory.Services.GetRequiredService<TenantConnections>();
        connections.GetAppOptions(routeB).ShouldNotBeSameAs(connections.GetAppOptions(routeA));
    }

    [Fact]
    public async Task Route_ToString_NeverShowsTheConnectionString()
    {
        var (_, route) = await RouteAsync(TenantPlacement.Dedicated);

        route.ToString().ShouldNotContain(route.ConnectionString);
        route.ToString().ShouldNotContain("Password", Case.Insensitive);
    }

    private async Task<(Tenant Tenant, TenantRoute Route)> RouteAsync(TenantPlacement placement)
    {
        var tenant = await factory.CreateTenantAsync(placement);
        var entry = await factory.Services.GetRequiredService<TenantDirectory>().LoadBySlugAsync(tenant.Slug, CancellationToken.None);
        return (tenant, entry!.Route);
    }
}
