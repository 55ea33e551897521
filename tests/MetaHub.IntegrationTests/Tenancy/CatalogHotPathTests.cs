using System.Data.Common;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Tenancy;

public sealed class CatalogHotPathTests(CatalogHotPathTests.CountingFactory factory) : IClassFixture<CatalogHotPathTests.CountingFactory>
{
    [Fact]
    public async Task Resolution_WarmTenant_RunsNoCatalogQuery()
    {
        var tenant = await factory.CreateTenantAsync();
        var client = factory.CreateClient();
        foreach (var warmUp in new[] { Get("/api/v1/tenant/current", tenant: tenant.Slug), Get("/api/v1/tenant/current", host: $"{tenant.Slug}.localhost"), Get("/api/v1/tenant/current", tenant: "unknown-one") })
        {
            using var response = await client.SendAsync(warmUp);
        }

        var before = factory.Counter.Commands;
        for (var i = 0; i < 50; i++)
        {
            using var byHeader = await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug));
            using var byHost = await client.SendAsync(Get("/api/v1/tenant/current", host: $"www.{tenant.Slug}.localhost:5000"));
            using var miss = await client.SendAsync(Get("/api/v1/tenant/current", tenant: "unknown-one"));
            byHeader.EnsureSuccessStatusCode();
            byHost.EnsureSuccessStatusCode();
        }

        (factory.Counter.Commands - before).ShouldBe(0);
    }

    [Fact]
    public async Task Resolution_ColdTenant_LoadsOnceThenAnswersFromMemory()
    {
        var tenant = await factory.CreateTenantAsync();
        var client = factory.CreateClient();
        var before = factory.Counter.Commands;

        using (var first = await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug)))
        {
            first.EnsureSuccessStatusCode();
        }

        var load = factory.Counter.Commands - before;
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug));
        }

        // The tenant, the module definitions, and its module metas, settings and feature flags.
        load.ShouldBe(5);
        (factory.Counter.Commands - before).ShouldBe(load);
    }

    [Theory]
    [InlineData("/health/live", "10.1.2.3:8080")]
    [InlineData("/health/live", "unknown-probe.example")]
    [InlineData("/openapi/v1.json", "another.example")]
    public async Task PublicEndpoint_AnyHost_NeverQueriesCatalog(string path, string host)
    {
        var client = factory.CreateClient(); // starts the host: its start-up reads the catalog
        var before = factory.Counter.Commands;

        using var response = await client.SendAsync(Get(path, host: host));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (factory.Counter.Commands - before).ShouldBe(0);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("tenant with spaces")]
    [InlineData("-leading-hyphen")]
    [InlineData("ab")]
    [InlineData("x123456789x123456789x123456789x123456789x")]
    public async Task Resolution_HeaderThatCannotBeASlug_Is404WithoutCatalogQuery(string header)
    {
        var client = factory.CreateClient();
        var before = factory.Counter.Commands;

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: header));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (factory.Counter.Commands - before).ShouldBe(0);
    }

    public sealed class CountingFactory : MetaHubFactory
    {
        public CommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<CatalogDbContext>(o => o.AddInterceptors(Counter)));
        }
    }

    public sealed class CommandCounter : DbCommandInterceptor
    {
        private int commands;

        public int Commands => Volatile.Read(ref commands);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref commands);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
