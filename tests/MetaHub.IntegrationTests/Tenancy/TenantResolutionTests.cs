using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Tenancy;

public sealed class TenantResolutionTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Current_HeaderNamesTenant_ReturnsSlugNameModulesAndBranding()
    {
        var tenant = await factory.CreateTenantAsync(name: "Acme Ajans");

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("slug").GetString().ShouldBe(tenant.Slug);
        body.GetProperty("name").GetString().ShouldBe("Acme Ajans");
        // The subscribed module and the core modules every tenant has.
        body.GetProperty("enabledModules").EnumerateArray().Select(m => m.GetString()).ShouldBe(["access", "customers", "dashboard", "notifications"]);
        body.GetProperty("branding").GetProperty("primaryColor").GetString().ShouldBe("#112233");
        body.GetProperty("branding").GetProperty("faviconUrl").GetString().ShouldBe($"/favicons/{tenant.Slug}.ico");
    }

    [Fact]
    public async Task Current_HeaderWithSpacesAndUpperCase_ResolvesSameTenant()
    {
        var tenant = await factory.CreateTenantAsync();

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: $"  {tenant.Slug.ToUpperInvariant()} "));

        (await response.JsonAsync()).GetProperty("slug").GetString().ShouldBe(tenant.Slug);
    }

    [Fact]
    public async Task Current_UnknownHeader_Returns404EvenWhenHostNamesATenant()
    {
        var tenant = await factory.CreateTenantAsync();

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: "no-such-tenant", host: $"{tenant.Slug}.localhost"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("success").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("{0}.localhost")]
    [InlineData("{0}.localhost:5000")]
    [InlineData("WWW.{0}.LOCALHOST:8080")]
    public async Task Current_SubdomainOfBaseDomain_ResolvesTenant(string hostPattern)
    {
        var tenant = await factory.CreateTenantAsync();

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", host: string.Format(System.Globalization.CultureInfo.InvariantCulture, hostPattern, tenant.Slug)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("slug").GetString().ShouldBe(tenant.Slug);
    }

    [Fact]
    public async Task Current_CustomDomain_ResolvesTenantAndFollowsRename()
    {
        var tenant = await factory.CreateTenantAsync();
        var domain = $"{tenant.Slug}.ajans.example";
        await using (var db = await factory.CatalogAsync())
        {
            db.TenantDomains.Add(new TenantDomain { TenantId = tenant.Id, Domain = domain, IsVerified = true });
            await db.SaveChangesAsync();
        }

        using (var response = await client.SendAsync(Get("/api/v1/tenant/current", host: $"www.{domain.ToUpperInvariant()}:443")))
        {
            (await response.JsonAsync()).GetProperty("slug").GetString().ShouldBe(tenant.Slug);
        }

        await using (var db = await factory.CatalogAsync())
        {
            var row = await db.TenantDomains.SingleAsync(d => d.Domain == domain);
            row.Domain = "renamed-" + domain;
            await db.SaveChangesAsync();
        }

        using (var old = await client.SendAsync(Get("/api/v1/tenant/current", host: domain)))
        {
            old.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using var renamed = await client.SendAsync(Get("/api/v1/tenant/current", host: "renamed-" + domain));
        (await renamed.JsonAsync()).GetProperty("slug").GetString().ShouldBe(tenant.Slug);
    }

    [Fact]
    public async Task Current_UnverifiedCustomDomain_DoesNotRoute()
    {
        var tenant = await factory.CreateTenantAsync();
        var domain = $"{tenant.Slug}.claimed.example";
        await using (var db = await factory.CatalogAsync())
        {
            db.TenantDomains.Add(new TenantDomain { TenantId = tenant.Id, Domain = domain, IsVerified = false });
            await db.SaveChangesAsync();
        }

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", host: domain));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("ümit-ajans")]
    [InlineData("a_b")]
    [InlineData("x")]
    public async Task Provision_InvalidSlug_IsRefused(string slug)
    {
        var provisioner = factory.Services.GetRequiredService<MetaHub.Tenancy.Placement.TenantProvisioner>();

        await Should.ThrowAsync<ArgumentException>(() => provisioner.ProvisionAsync(
            new MetaHub.Tenancy.Placement.NewTenant(slug, "Bad slug", TenantPlacement.Dedicated, []), CancellationToken.None));
    }

    [Fact]
    public async Task Current_ApiDomain_TakesTenantFromOriginThenReferer()
    {
        var tenant = await factory.CreateTenantAsync();

        using var byOrigin = Get("/api/v1/tenant/current", host: "api.metahub.test");
        byOrigin.Headers.Add("Origin", $"https://{tenant.Slug}.localhost:3000");
        using (var response = await client.SendAsync(byOrigin))
        {
            (await response.JsonAsync()).GetProperty("slug").GetString().ShouldBe(tenant.Slug);
        }

        using var byReferer = Get("/api/v1/tenant/current", host: "api.metahub.test");
        byReferer.Headers.Referrer = new Uri($"https://www.{tenant.Slug}.localhost/customers?page=2");
        using (var response = await client.SendAsync(byReferer))
        {
            (await response.JsonAsync()).GetProperty("slug").GetString().ShouldBe(tenant.Slug);
        }

        using var neither = await client.SendAsync(Get("/api/v1/tenant/current", host: "api.metahub.test"));
        neither.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null, "Kiracı bulunamadı")]
    [InlineData("tr-TR", "Kiracı bulunamadı")]
    [InlineData("en-US", "Tenant could not be resolved")]
    [InlineData("en", "Tenant could not be resolved")]
    public async Task Current_NoTenant_Returns404JsonLocalisedWithHostAndHeader(string? language, string expectedStart)
    {
        using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: "ghost-tenant", host: "nowhere.example:81", language: language));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.JsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        var message = body.GetProperty("message").GetString()!;
        message.ShouldStartWith(expectedStart);
        message.ShouldContain("nowhere.example:81");
        message.ShouldContain("ghost-tenant");
        body.GetProperty("detail").GetString().ShouldBe("Tenant slug not found in DEV environment. Please check your request and tenant setup.");
        body.GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Fact]
    public async Task Current_NoTenant_LogsResolvingFailedWarningWithHostAndHeader()
    {
        var header = "warn-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: header, host: "logged.example"));

        factory.Logs.ShouldContain(l => l.Level == LogLevel.Warning
            && l.Message.StartsWith("[TENANT] Resolving failed", StringComparison.Ordinal)
            && l.Message.Contains("logged.example", StringComparison.Ordinal)
            && l.Message.Contains(header, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TenantStatus.Suspended, HttpStatusCode.Forbidden)]
    [InlineData(TenantStatus.Inactive, HttpStatusCode.Forbidden)]
    [InlineData(TenantStatus.Provisioning, HttpStatusCode.ServiceUnavailable)]
    public async Task Current_TenantNotActive_IsRefusedClearly(TenantStatus status, HttpStatusCode expected)
    {
        var tenant = await factory.CreateTenantAsync(name: "Paused Ajans");
        using (await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug)))
        {
            // Warms the cache, so the refusal below proves the change invalidated it.
        }

        await SetStatusAsync(tenant.Id, status);

        using var response = await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug, language: "en-US"));

        response.StatusCode.ShouldBe(expected);
        var body = await response.JsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("message").GetString()!.ShouldContain("Paused Ajans");
        if (status == TenantStatus.Provisioning)
        {
            response.Headers.RetryAfter.ShouldNotBeNull();
            response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        }

        await SetStatusAsync(tenant.Id, TenantStatus.Active);
        using var reactivated = await client.SendAsync(Get("/api/v1/tenant/current", tenant: tenant.Slug));
        reactivated.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Current_TenantCreatedAfterAMiss_ResolvesAtOnce()
    {
        var slug = "late-" + Guid.NewGuid().ToString("N")[..8];
        using (var miss = await client.SendAsync(Get("/api/v1/tenant/current", tenant: slug)))
        {
            miss.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await factory.Services.GetRequiredService<MetaHub.Tenancy.Placement.TenantProvisioner>().ProvisionAsync(
            new MetaHub.Tenancy.Placement.NewTenant(slug, "Late Ajans", TenantPlacement.Dedicated, []), CancellationToken.None);

        using var hit = await client.SendAsync(Get("/api/v1/tenant/current", tenant: slug));
        hit.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/docs/")]
    [InlineData("/favicon.ico")]
    public async Task PlatformEndpoint_WithoutTenant_Answers(string path)
    {
        using var response = await client.SendAsync(Get(path, host: "127.0.0.1"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task SetStatusAsync(Guid tenantId, TenantStatus status)
    {
        await using var db = await factory.CatalogAsync();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId);
        tenant.Status = status;
        await db.SaveChangesAsync();
    }
}
