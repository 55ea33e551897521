using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetaHub.Web.Infrastructure;

/// <summary>Every tenant database is on the latest schema (the migration runner records it) and the servers answer.</summary>
internal sealed class TenantDatabasesHealthCheck(
    IDbContextFactory<CatalogDbContext> catalog,
    TenantMigrationRunner migrations,
    Tenancy.Placement.TenantConnections connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var latest = migrations.LatestMigration();
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var databases = await db.TenantDatabases.AsNoTracking()
            .GroupBy(d => d.Server)
            .Select(g => new { Server = g.Key, Total = g.Count(), Behind = g.Count(d => d.SchemaVersion != latest) })
            .ToListAsync(cancellationToken);

        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var server in databases)
        {
            data[server.Server] = new { server.Total, server.Behind };
            if (connections.Provider == DatabaseProvider.Postgres)
            {
                await using var connection = new Npgsql.NpgsqlConnection(connections.GetServerConnectionString(server.Server));
                await connection.OpenAsync(cancellationToken);
            }
        }

        // One lagging database must not take every node out of rotation: the others still
        // serve their tenants, so a database behind makes the node degraded, not unready.
        var behind = databases.Sum(d => d.Behind);
        return behind == 0
            ? HealthCheckResult.Healthy($"{databases.Sum(d => d.Total)} tenant databases are current.", data)
            : HealthCheckResult.Degraded($"{behind} tenant databases are behind the latest migration.", data: data);
    }
}
