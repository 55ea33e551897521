using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using static MetaHub.Benchmarks.Latency;

namespace MetaHub.Benchmarks.Modules;

/// <summary>
/// Module management at platform scale (issue 5): fills the catalog of a running app with tenants,
/// assigns every module to every tenant in one batch (twice: the second finds the work done), then
/// times the tenant × module matrix endpoint. Arguments: <c>--url</c>, <c>--tenants</c> (1000),
/// <c>--runs</c> (30), <c>--label</c>, and the app's catalog: <c>--provider Sqlite|Postgres</c> with
/// <c>--data-dir</c> (SQLite) or <c>--catalog</c> (a connection string).
/// </summary>
internal static class ModulesBenchmark
{
    private const string OperatorEmail = "platform@metahub.local";
    private const string DemoPassword = "Demo.Metahub!2026";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = DriverArguments.Parse(args, "url");
        var tenants = int.Parse(options.GetValueOrDefault("tenants", "1000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(options.GetValueOrDefault("runs", "30"), CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(options["url"]), Timeout = TimeSpan.FromMinutes(5) };

        var seeded = Stopwatch.StartNew();
        var ids = await SeedTenantsAsync(Catalog(options), tenants, cancellationToken);
        seeded.Stop();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(http, cancellationToken));
        var modules = (await GetAsync(http, "/api/platform/modules/matrix?pageSize=1", cancellationToken)).GetProperty("modules")
            .EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToList();

        var first = await BatchAsync(http, ids, modules, cancellationToken);
        var second = await BatchAsync(http, ids, modules, cancellationToken);
        var page = await TimeAsync(http, "/api/platform/modules/matrix?page=2&pageSize=25", runs, cancellationToken);
        var filtered = await TimeAsync(http, "/api/platform/modules/matrix?module=leads&enabled=true&search=bench&pageSize=25", runs, cancellationToken);
        var large = await TimeAsync(http, "/api/platform/modules/matrix?pageSize=200", runs, cancellationToken);

        var label = options.GetValueOrDefault("label", "modules");
        Console.WriteLine($"### {label}");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tenants} tenants added to the catalog in {seeded.Elapsed.TotalSeconds:0.0} s; {modules.Count} modules; each timing {runs} requests one at a time after 3 warm-up requests."));
        Console.WriteLine();
        Console.WriteLine("| operation | result | time | target |");
        Console.WriteLine("|---|---|---:|---|");
        Console.WriteLine($"| batch assign {modules.Count} modules × {tenants} tenants (first: creates the records) | {first.Summary} | {Ms(first.Elapsed)} | < 10 s |");
        Console.WriteLine($"| the same batch again (finds the work done) | {second.Summary} | {Ms(second.Elapsed)} | < 10 s |");
        Console.WriteLine($"| matrix, 25 tenants a page | p50 {Ms(Percentile(page, 50))} | p95 {Ms(Percentile(page, 95))} | < 200 ms |");
        Console.WriteLine($"| matrix filtered by text and module on | p50 {Ms(Percentile(filtered, 50))} | p95 {Ms(Percentile(filtered, 95))} | < 200 ms |");
        Console.WriteLine($"| matrix, 200 tenants a page | p50 {Ms(Percentile(large, 50))} | p95 {Ms(Percentile(large, 95))} | < 200 ms |");
        Console.WriteLine();
        return first.Failed + second.Failed == 0 ? 0 : 1;
    }

    private static DbContextOptions<CatalogDbContext> Catalog(Dictionary<string, string> options)
    {
        var database = new DatabaseOptions
        {
            Provider = Enum.Parse<DatabaseProvider>(options.GetValueOrDefault("provider", "Sqlite"), ignoreCase: true),
            DataDirectory = options.GetValueOrDefault("data-dir", ""),
            CatalogConnectionString = options.GetValueOrDefault("catalog"),
        };
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogDbContextOptions.Configure(builder, database);
        return builder.Options;
    }

    /// <summary>Catalog rows only: the matrix and batches read and write the catalog, never a tenant's own database.</summary>
    private static async Task<List<Guid>> SeedTenantsAsync(DbContextOptions<CatalogDbContext> options, int count, CancellationToken cancellationToken)
    {
        await using var db = new CatalogDbContext(options);
        var now = DateTime.UtcNow;
        var database = new TenantDatabase { Server = "default", Name = "bench_unused", Placement = TenantPlacement.Shared, CreatedAt = now };
        db.TenantDatabases.Add(database);
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var tenant = new Tenant
            {
                Slug = string.Create(CultureInfo.InvariantCulture, $"bench-{i:0000}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"Bench Ajans {i:0000}"),
                Status = TenantStatus.Active,
                DatabaseId = database.Id,
                EnabledModules = ["customers", "leads", "domains", "tasks", "files"],
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Tenants.Add(tenant);
            ids.Add(tenant.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }

    private static async Task<string> SignInAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/platform/auth/login", new { email = OperatorEmail, password = DemoPassword }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.TryGetProperty("accessToken", out var token)
            ? token.GetString()!
            : throw new InvalidOperationException("The development operator needs a second factor: run the app with MetaHub__Demo__RequireTwoFactor=false.");
    }

    private static async Task<BatchRun> BatchAsync(HttpClient http, List<Guid> tenants, List<string> modules, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/api/platform/modules/batch", new { tenantIds = tenants, modules, assign = true }, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        clock.Stop();
        response.EnsureSuccessStatusCode();
        var statuses = body.EnumerateArray().GroupBy(r => r.GetProperty("status").GetString()!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var failed = statuses.Where(s => s.Key is not ("Changed" or "Unchanged")).Sum(s => s.Value);
        return new BatchRun(clock.Elapsed, string.Join(", ", statuses.Select(s => $"{s.Value} {s.Key}")), failed);
    }

    private static async Task<List<TimeSpan>> TimeAsync(HttpClient http, string path, int runs, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>(runs);
        for (var i = -3; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await GetAsync(http, path, cancellationToken);
            if (i >= 0)
            {
                times.Add(clock.Elapsed);
            }
        }

        return times;
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private sealed record BatchRun(TimeSpan Elapsed, string Summary, int Failed);
}
