using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using MetaHub.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetaHub.Benchmarks;

/// <summary>
/// Per-request cost of tenant resolution with 10,000 tenants (and 10,000 primary plus 1,000
/// custom domains) in a real SQLite catalog, every tenant already seen once — the steady state
/// of a running node. Each operation resolves a different tenant, round robin.
/// </summary>
[MemoryDiagnoser]
public class TenantResolutionBenchmarks
{
    private const int TenantCount = 10_000;
    private const int CustomDomainCount = 1_000;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "metahub-bench", Guid.NewGuid().ToString("N")[..8]);
    private ServiceProvider services = null!;
    private TenantResolver resolver = null!;
    private RequestDelegate pipeline = null!;
    private string[] slugs = null!;
    private string[] hosts = null!;
    private string[] customHosts = null!;
    private DefaultHttpContext[] contexts = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["MetaHub:DataDirectory"] = directory,
            ["MetaHub:Tenancy:BaseDomain"] = "metahub.app",
        }).Build();
        var environment = new BenchEnvironment(directory);
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddSingleton<IHostEnvironment>(environment);
        collection.AddLogging();
        collection.AddDataProtection();
        collection.AddLocalization();
        collection.AddProblemDetails();
        collection.AddTenancy(configuration, environment, MetaHubModules.All);
        services = collection.BuildServiceProvider();
        resolver = services.GetRequiredService<TenantResolver>();

        SeedCatalogAsync().GetAwaiter().GetResult();

        slugs = Enumerable.Range(0, TenantCount).Select(i => $"agency-{i:D5}").ToArray();
        hosts = slugs.Select(s => $"{s}.metahub.app:443").ToArray();
        customHosts = Enumerable.Range(0, CustomDomainCount).Select(i => $"www.agency-{i:D5}.com.tr").ToArray();

        // Steady state: every tenant, domain and one unknown name has been seen once.
        var warm = Stopwatch.StartNew();
        foreach (var slug in slugs)
        {
            _ = resolver.ResolveAsync(slug, null, null, null, default).AsTask().GetAwaiter().GetResult().Entry ?? throw new InvalidOperationException(slug);
        }

        foreach (var host in hosts.Concat(customHosts))
        {
            _ = resolver.ResolveAsync(null, host, null, null, default).AsTask().GetAwaiter().GetResult().Entry ?? throw new InvalidOperationException(host);
        }

        _ = resolver.ResolveAsync("no-such-agency", null, null, null, default).AsTask().GetAwaiter().GetResult();
        Console.WriteLine($"// Warmed {TenantCount} tenants in {warm.ElapsedMilliseconds} ms");

        var middleware = ActivatorUtilities.CreateInstance<TenantResolutionMiddleware>(
            services, (RequestDelegate)(_ => Task.CompletedTask), NullLogger<TenantResolutionMiddleware>.Instance);
        pipeline = context => middleware.InvokeAsync(context, new TenantContext());
        contexts = hosts.Select(host =>
        {
            var context = new DefaultHttpContext();
            context.Request.Host = new HostString(host);
            return context;
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "x-tenant header")]
    public TenantInfo? ByHeader() => Resolve(slugs[Next(TenantCount)], host: null);

    [Benchmark(Description = "{slug}.BaseDomain host")]
    public TenantInfo? BySubdomain() => Resolve(null, hosts[Next(TenantCount)]);

    [Benchmark(Description = "custom domain host")]
    public TenantInfo? ByCustomDomain() => Resolve(null, customHosts[Next(CustomDomainCount)]);

    [Benchmark(Description = "unknown header (cached miss)")]
    public TenantInfo? UnknownHeader() => Resolve("no-such-agency", host: null);

    [Benchmark(Description = "middleware, host → tenant context")]
    public Task Middleware() => pipeline(contexts[Next(TenantCount)]);

    private int Next(int count) => next = (next + 1) % count;

    private TenantInfo? Resolve(string? header, string? host)
    {
        var task = resolver.ResolveAsync(header, host, null, null, default);
        if (!task.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("Resolution left the in-memory path: the catalog was queried.");
        }

        return task.Result.Entry?.Info;
    }

    private async Task SeedCatalogAsync()
    {
        Directory.CreateDirectory(directory);
        await using var db = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        var now = DateTime.UtcNow;
        for (var batch = 0; batch < TenantCount; batch += 1000)
        {
            for (var i = batch; i < batch + 1000; i++)
            {
                var slug = $"agency-{i:D5}";
                var tenant = new Tenant
                {
                    Slug = slug,
                    Name = $"Agency {i}",
                    Status = TenantStatus.Active,
                    Database = new TenantDatabase { Name = "metahub_t_" + slug.Replace('-', '_'), CreatedAt = now },
                    EnabledModules = ["customers", "leads", "domains", "vault"],
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                tenant.Domains.Add(new TenantDomain { Domain = $"{slug}.metahub.app", IsPrimary = true, IsVerified = true, CreatedAt = now });
                if (i < CustomDomainCount)
                {
                    tenant.Domains.Add(new TenantDomain { Domain = $"{slug}.com.tr", IsVerified = true, CreatedAt = now });
                }

                db.Tenants.Add(tenant);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private sealed class BenchEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "MetaHub.Benchmarks";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
