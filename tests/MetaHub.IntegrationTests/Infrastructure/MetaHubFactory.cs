using System.Collections.Concurrent;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over a real database (SQLite files in a temp directory, or the PostgreSQL of the
/// run), with a catalog of its own so test classes never see each other's tenants.
/// </summary>
public class MetaHubFactory : WebApplicationFactory<Program>
{
    private readonly string environment;
    private readonly Dictionary<string, string?> settings;

    public MetaHubFactory()
        : this("Development", new Dictionary<string, string?>(StringComparer.Ordinal))
    {
    }

    protected MetaHubFactory(string environment, IDictionary<string, string?> overrides)
    {
        this.environment = environment;
        RunId = Guid.NewGuid().ToString("N")[..10];
        DataDirectory = Path.Combine(Path.GetTempPath(), "metahub-tests", RunId);
        settings = TestDatabase.IsolatedSettings(DataDirectory, RunId);
        settings["MetaHub:Demo:Enabled"] = "false";
        settings["Logging:LogLevel:MetaHub"] = "Debug";
        settings["MetaHub:Tenancy:ApiDomains:0"] = "api.metahub.test";
        settings["MetaHub:Auth:SignInAttemptsPerMinute"] = "100000";
        settings["MetaHub:Onboarding:RequestsPerMinute"] = "100000";
        settings["MetaHub:Mail:Host"] = "127.0.0.1";
        settings["MetaHub:Mail:Port"] = MailServer.Instance.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["MetaHub:Mail:Security"] = "None";
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
    }

    /// <summary>A new host over the data of <paramref name="previous"/> — the same process restarted.</summary>
    protected MetaHubFactory(MetaHubFactory previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        environment = previous.environment;
        RunId = previous.RunId;
        DataDirectory = previous.DataDirectory;
        settings = new Dictionary<string, string?>(previous.settings, StringComparer.Ordinal);
    }

    public string RunId { get; }

    /// <summary>A host with its own environment and settings, for tests of configuration itself.</summary>
    public static MetaHubFactory Create(string environment, IDictionary<string, string?> overrides) => new(environment, overrides);

    public string DataDirectory { get; }

    public ConcurrentQueue<LogLine> Logs { get; } = new();

    public IServiceProvider Root => Services;

    /// <summary>Creates an active tenant with its database, as provisioning would.</summary>
    public async Task<Tenant> CreateTenantAsync(
        TenantPlacement placement = TenantPlacement.Dedicated,
        string? name = null,
        IReadOnlyList<string>? modules = null)
    {
        var slug = "t-" + Guid.NewGuid().ToString("N")[..12];
        var provisioner = Services.GetRequiredService<TenantProvisioner>();
        return await provisioner.ProvisionAsync(
            new NewTenant(slug, name ?? $"Tenant {slug}", placement, modules ?? ["Customers", " access "], new TenantBranding("#112233", "#445566", null)),
            CancellationToken.None);
    }

    public Task<CatalogDbContext> CatalogAsync() =>
        Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs)));
    }

    /// <summary>Stops the host and keeps its data, for a restart over the same databases.</summary>
    public ValueTask StopKeepingDataAsync() => base.DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing pool; the temp directory is cleaned with the machine.
        }
    }
}
