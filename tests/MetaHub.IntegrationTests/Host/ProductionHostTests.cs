using System.Net;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using MetaHub.Tenancy.Resolution;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Host;

public sealed class ProductionHostTests(ProductionHostTests.ProductionFactory factory) : IClassFixture<ProductionHostTests.ProductionFactory>
{
    [Fact]
    public async Task UnknownTenant_InProduction_SaysProductionDetailAndIgnoresDevFallback()
    {
        await factory.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(
            new NewTenant(ProductionFactory.DevTenant, "Would-be fallback", TenantPlacement.Dedicated, []), CancellationToken.None);

        using var response = await factory.CreateClient().SendAsync(Get("/api/v1/tenant/current", host: "unknown.example"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Tenant slug not found on request object.");
    }

    [Fact]
    public async Task UnexpectedError_InProduction_IsProblemDetailsWithoutStackTrace()
    {
        var services = factory.Services;
        var tenant = await factory.CreateTenantAsync();
        var handler = new ProblemExceptionHandler(
            services.GetRequiredService<IProblemDetailsService>(),
            services.GetRequiredService<IStringLocalizer<MetaHub.Web.Resources.WebResources>>(),
            services.GetRequiredService<IHostEnvironment>(),
            services.GetRequiredService<ILogger<ProblemExceptionHandler>>());
        var context = new DefaultHttpContext { RequestServices = services };
        context.Features.Set(await services.GetRequiredService<TenantDirectory>().LoadBySlugAsync(tenant.Slug, CancellationToken.None));
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("connection string Password=hunter2"), CancellationToken.None);

        handled.ShouldBeTrue();
        context.Response.StatusCode.ShouldBe(StatusCodes.Status500InternalServerError);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        body.ShouldNotContain("hunter2");
        body.ShouldNotContain("InvalidOperationException");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        problem.TryGetProperty("exception", out _).ShouldBeFalse();
        factory.Logs.ShouldContain(l => l.Level == LogLevel.Error && l.Scopes.Contains($"Tenant:{tenant.Slug}"));
    }

    [Fact]
    public async Task UnknownRoute_ForTenant_IsProblemDetails404()
    {
        var tenant = await factory.CreateTenantAsync();

        using var response = await factory.CreateClient().SendAsync(Get("/api/v1/no-such-endpoint", tenant: tenant.Slug));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.JsonAsync()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    public sealed class ProductionFactory() : MetaHubFactory("Production", new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["MetaHub:Tenancy:DevTenant"] = DevTenant,
    })
    {
        public const string DevTenant = "prod-fallback";
    }
}
