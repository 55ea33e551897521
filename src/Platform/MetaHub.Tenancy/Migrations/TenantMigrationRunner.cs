using MetaHub.Kernel.Tenancy;
using System.Diagnostics;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetaHub.Tenancy.Migrations;

/// <summary>
/// Brings every tenant database to the latest schema, a few at a time. Each database records the
/// last migration applied, so an interrupted run resumes where it stopped and a current database
/// costs nothing; one database failing does not stop the others.
/// </summary>
internal sealed partial class TenantMigrationRunner(
    IDbContextFactory<CatalogDbContext> catalog,
    TenantConnections connections,
    TenantDatabaseProvisioner provisioner,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<TenantMigrationRunner> logger)
{
    public async Task<TenantMigrationSummary> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var latest = LatestMigration();
        List<TenantDatabase> pending;
        int total;
        await using (var db = await catalog.CreateDbContextAsync(cancellationToken))
        {
            total = await db.TenantDatabases.CountAsync(cancellationToken);
            pending = await db.TenantDatabases.AsNoTracking()
                .Where(d => d.SchemaVersion == null || d.SchemaVersion != latest)
                // A database still being provisioned is the provisioning job's to create and migrate.
                .Where(d => d.SchemaVersion != null
                    || !db.Tenants.Any(t => t.DatabaseId == d.Id)
                    || db.Tenants.Any(t => t.DatabaseId == d.Id && t.Status != TenantStatus.Provisioning))
                .OrderBy(d => d.CreatedAt)
                .ToListAsync(cancellationToken);
        }

        LogStarting(logger, pending.Count, total, latest ?? "(none)");
        var migrated = 0;
        var failed = 0;
        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MigrationConcurrency), CancellationToken = cancellationToken },
            async (database, ct) =>
            {
                if (await MigrateAsync(database, ct))
                {
                    Interlocked.Increment(ref migrated);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            });

        var summary = new TenantMigrationSummary(total, migrated, failed, Stopwatch.GetElapsedTime(started));
        LogFinished(logger, summary.Migrated, summary.Failed, summary.Total - pending.Count, summary.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>Migrates one database and records its schema version in the catalog.</summary>
    public async Task<bool> MigrateAsync(TenantDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            var version = await provisioner.MigrateAsync(database, cancellationToken);
            await using var db = await catalog.CreateDbContextAsync(cancellationToken);
            await db.TenantDatabases.Where(d => d.Id == database.Id).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.SchemaVersion, version).SetProperty(d => d.MigratedAt, time.GetUtcNow().UtcDateTime),
                cancellationToken);
            database.SchemaVersion = version;
            LogMigrated(logger, database.Name, database.Placement, version ?? "(none)");
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, database.Name, database.Placement);
            return false;
        }
    }

    private string? latestMigration;

    /// <summary>Id of the newest tenant migration compiled into this build.</summary>
    public string? LatestMigration()
    {
        if (latestMigration is null)
        {
            using var context = connections.CreateOwnerContext(new TenantDatabase { Name = "schema-probe" });
            latestMigration = context.Database.GetMigrations().LastOrDefault();
        }

        return latestMigration;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant migrations: {Pending} of {Total} databases behind {Latest}")]
    private static partial void LogStarting(ILogger logger, int pending, int total, string latest);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant database {Database} ({Placement}) migrated to {Version}")]
    private static partial void LogMigrated(ILogger logger, string database, TenantPlacement placement, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant database {Database} ({Placement}) failed to migrate; the next run retries it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string database, TenantPlacement placement);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant migrations finished: {Migrated} migrated, {Failed} failed, {Current} already current, {ElapsedMs:F0} ms")]
    private static partial void LogFinished(ILogger logger, int migrated, int failed, int current, double elapsedMs);
}
