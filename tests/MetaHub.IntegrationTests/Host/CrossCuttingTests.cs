using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Host;

public sealed class CrossCuttingTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Favicon_TenantWithOwnIcon_ServesIt()
    {
        var own = await client.GetByteArrayAsync("/favicons/demo.ico");
        var product = await client.GetByteArrayAsync("/favicon.ico");

        own.ShouldNotBeEmpty();
        own.ShouldNotBe(product);
    }

    [Theory]
    [InlineData("/favicons/agency-without-icon.ico")]
    [InlineData("/favicons/..%2Fappsettings.ico")]
    public async Task Favicon_TenantWithoutIcon_FallsBackToProductIcon(string path)
    {
        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/x-icon");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(await client.GetByteArrayAsync("/favicon.ico"));
    }

    [Fact]
    public async Task CorrelationId_GivenByCaller_IsEchoedAndNamedInProblemAndLog()
    {
        using var request = Get("/api/v1/tenant/current", tenant: "nobody-here");
        request.Headers.Add("X-Correlation-Id", "order-7f3a");

        using var response = await client.SendAsync(request);

        response.Headers.GetValues("X-Correlation-Id").ShouldBe(["order-7f3a"]);
        (await response.JsonAsync()).GetProperty("correlationId").GetString().ShouldBe("order-7f3a");
        factory.Logs.ShouldContain(l => l.Level == LogLevel.Warning && l.Scopes.Contains("CorrelationId:order-7f3a"));
    }

    [Fact]
    public async Task CorrelationId_Unsafe_IsReplaced()
    {
        using var request = Get("/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");

        using var response = await client.SendAsync(request);

        var echoed = response.Headers.GetValues("X-Correlation-Id").Single();
        echoed.ShouldNotContain("<");
        echoed.Length.ShouldBe(32);
    }

    [Fact]
    public async Task Logs_DuringTenantRequest_CarryTenant()
    {
        var tenant = await factory.CreateTenantAsync();
        using var request = Get("/api/v1/no-such-endpoint", tenant: tenant.Slug);
        request.Headers.Add("X-Correlation-Id", "tenant-scope-check");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        factory.Logs.ShouldContain(l => l.Scopes.Contains("CorrelationId:tenant-scope-check") && l.Scopes.Contains($"Tenant:{tenant.Slug}"));
    }

    [Fact]
    public async Task OpenApi_TenantOperation_DocumentsTenantHeader()
    {
        using var response = await client.GetAsync("/openapi/v1.json");
        var document = await response.JsonAsync();

        var operation = document.GetProperty("paths").GetProperty("/api/v1/tenant/current").GetProperty("get");
        operation.GetProperty("parameters").EnumerateArray()
            .ShouldContain(p => p.GetProperty("name").GetString() == "x-tenant" && p.GetProperty("in").GetString() == "header");
    }
}
