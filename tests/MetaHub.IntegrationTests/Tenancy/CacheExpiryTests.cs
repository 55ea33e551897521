using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Tenancy;

/// <summary>Changes made where this node cannot see them (another node, a database cascade) still reach it when its cache expires.</summary>
public sealed class CacheExpiryTests(CacheExpiryTests.ClockFactory factory) : IClassFixture<CacheExpiryTests.ClockFactory>
{
    [Fact]
    public async Task Resolution_DomainRemovedElsewhere_StopsRoutingAfterCacheExpiry()
    {
        var tenant = await factory.CreateTenantAsync();
        var domain = $"{tenant.Slug}.elsewhere.example";
        await using (var db = await factory.CatalogAsync())
        {
            db.TenantDomains.Add(new TenantDomain { TenantId = tenant.Id, Domain = domain, IsVerified = true });
            await db.SaveChangesAsync();
        }

        var client = factory.CreateClient();
        using (var routed = await client.SendAsync(Get("/api/v1/tenant/current", host: domain)))
        {
            routed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await using (var db = await factory.CatalogAsync())
        {
            // A bulk delete skips the change interceptor, as a change made on another node would.
            await db.TenantDomains.Where(d => d.Domain == domain).ExecuteDeleteAsync();
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(11));

        using var afterExpiry = await client.SendAsync(Get("/api/v1/tenant/current", host: domain));
        afterExpiry.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var bySlug = await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug));
        bySlug.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class ClockFactory : MetaHubFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }
}
