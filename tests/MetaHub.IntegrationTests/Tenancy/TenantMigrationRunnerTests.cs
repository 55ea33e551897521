using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Tenancy;

public sealed class TenantMigrationRunnerTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private TenantMigrationRunner Runner => factory.Services.GetRequiredService<TenantMigrationRunner>();

    [Fact]
    public async Task Run_DatabaseBehind_MigratesItOnceAndReadinessFollows()
    {
        var tenant = await factory.CreateTenantAsync();
        await SetSchemaVersionAsync(tenant.DatabaseId, null);
        var client = factory.CreateClient();
        using (var degraded = await client.SendAsync(Get("/health/ready")))
        {
            degraded.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await degraded.JsonAsync()).GetProperty("status").GetString().ShouldBe("Degraded");
        }

        var first = await Runner.RunAsync(CancellationToken.None);
        var second = await Runner.RunAsync(CancellationToken.None);

        first.Migrated.ShouldBe(1);
        first.Failed.ShouldBe(0);
        second.Migrated.ShouldBe(0);
        (await SchemaVersionAsync(tenant.DatabaseId)).ShouldBe(Runner.LatestMigration());
        using var ready = await client.SendAsync(Get("/health/ready"));
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.JsonAsync()).GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Run_OneDatabaseFails_OthersAreMigratedAndTheFailureIsRetriedNextRun()
    {
        var healthy = await factory.CreateTenantAsync();
        await SetSchemaVersionAsync(healthy.DatabaseId, null);
        var broken = new TenantDatabase { Server = "unconfigured", Name = "missing-dir/broken", CreatedAt = DateTime.UtcNow };
        await using (var db = await factory.CatalogAsync())
        {
            db.TenantDatabases.Add(broken);
            await db.SaveChangesAsync();
        }

        var summary = await Runner.RunAsync(CancellationToken.None);

        summary.Migrated.ShouldBe(1);
        summary.Failed.ShouldBe(1);
        (await SchemaVersionAsync(healthy.DatabaseId)).ShouldBe(Runner.LatestMigration());
        factory.Logs.ShouldContain(l => l.Level == LogLevel.Error && l.Message.Contains("missing-dir/broken", StringComparison.Ordinal));
        (await Runner.RunAsync(CancellationToken.None)).Failed.ShouldBe(1);

        await using (var db = await factory.CatalogAsync())
        {
            await db.TenantDatabases.Where(d => d.Id == broken.Id).ExecuteDeleteAsync();
        }

        var afterRepair = await Runner.RunAsync(CancellationToken.None);
        afterRepair.Failed.ShouldBe(0);
        afterRepair.Migrated.ShouldBe(0);
    }

    private async Task SetSchemaVersionAsync(Guid databaseId, string? version)
    {
        await using var db = await factory.CatalogAsync();
        await db.TenantDatabases.Where(d => d.Id == databaseId).ExecuteUpdateAsync(s => s.SetProperty(d => d.SchemaVersion, version));
    }

    private async Task<string?> SchemaVersionAsync(Guid databaseId)
    {
        await using var db = await factory.CatalogAsync();
        return await db.TenantDatabases.Where(d => d.Id == databaseId).Select(d => d.SchemaVersion).SingleAsync();
    }
}
