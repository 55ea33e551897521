using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetaHub.Web.Infrastructure;

/// <summary>The catalog answers and its schema is current.</summary>
internal sealed class CatalogHealthCheck(IDbContextFactory<CatalogDbContext> catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The catalog database does not answer.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("The catalog database is reachable and current.")
            : HealthCheckResult.Unhealthy($"The catalog database has {pending} pending migrations.");
    }
}
