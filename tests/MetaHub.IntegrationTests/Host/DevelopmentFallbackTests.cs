using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using Microsoft.Extensions.DependencyInjection;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Host;

public sealed class DevelopmentFallbackTests(DevelopmentFallbackTests.FallbackFactory factory) : IClassFixture<DevelopmentFallbackTests.FallbackFactory>
{
    [Fact]
    public async Task NoHeaderAndUnknownHost_InDevelopment_ResolvesFallbackTenant()
    {
        await EnsureFallbackTenantAsync();

        using var response = await factory.CreateClient().SendAsync(Get("/api/v1/tenant/current", host: "127.0.0.1:5000"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("slug").GetString().ShouldBe(FallbackFactory.Slug);
    }

    [Fact]
    public async Task UnknownHeader_InDevelopment_StillReturns404()
    {
        await EnsureFallbackTenantAsync();

        using var response = await factory.CreateClient().SendAsync(Get("/api/v1/tenant/current", tenant: "not-the-fallback"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<Tenant> EnsureFallbackTenantAsync() =>
        factory.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(
            new NewTenant(FallbackFactory.Slug, "Fallback Ajans", TenantPlacement.Dedicated, []), CancellationToken.None);

    public sealed class FallbackFactory() : MetaHubFactory("Development", new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["MetaHub:Tenancy:DevTenant"] = Slug,
    })
    {
        public const string Slug = "fallback-dev";
    }
}
