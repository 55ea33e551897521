using System.Text.Json;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetaHub.Web.Infrastructure;

internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddMetaHubHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: [ReadyTag])
            .AddCheck<TenantDatabasesHealthCheck>("tenant-databases", tags: [ReadyTag]);

    public static void MapMetaHubHealth(this IEndpointRouteBuilder endpoints)
    {
        // Live: the process answers. Ready: it can serve tenants (catalog and tenant databases).
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithMetadata(new TenantNotRequiredAttribute());
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .WithMetadata(new TenantNotRequiredAttribute());
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data },
                StringComparer.Ordinal),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
