using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace MetaHub.Benchmarks.Customers;

/// <summary>
/// <c>customers setup</c>, for bench/customers.sh: fills a company of a running app's tenant with
/// customers (straight into its PostgreSQL database, like an import), signs a user in to that
/// company, and with <c>--log</c> captures the SQL that EF Core logs while the app answers one list
/// request. Writes <c>NAME='value'</c> lines for the script to source.
/// Arguments: <c>--url</c>, <c>--server</c> (the app's PostgreSQL server connection string),
/// <c>--tenant</c>, <c>--company</c> (slug), <c>--email</c>, <c>--password</c>, <c>--customers</c>
/// (10000), <c>--env-file</c>; for the capture <c>--log</c> (the app's JSON console log),
/// <c>--path</c> (the request) and <c>--capture</c> (where the SQL goes).
/// </summary>
internal static class CustomersSetup
{
    private static readonly string[] Sectors = ["e-ticaret", "sağlık", "turizm", "eğitim", "gıda", "inşaat", "lojistik", "tekstil"];
    private static readonly string[] Statuses = ["Active", "Active", "Passive", "Potential"];
    private const int WarmRequests = 20;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = DriverArguments.Parse(args, "url", "server", "tenant", "company", "email", "password", "env-file");
        var server = new NpgsqlConnectionStringBuilder(options["server"]);
        var (database, tenantId) = await TenantDatabaseAsync(server, options["tenant"], cancellationToken);
        var owner = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString;
        var companyId = await CompanyAsync(owner, options["company"], cancellationToken);
        var added = await SeedAsync(owner, tenantId, companyId, int.Parse(options.GetValueOrDefault("customers", "10000"), CultureInfo.InvariantCulture), cancellationToken);

        using var http = new HttpClient { BaseAddress = new Uri(options["url"]) };
        http.DefaultRequestHeaders.Add("x-tenant", options["tenant"]);
        var token = await SignInAsync(http, options["email"], options["password"], companyId, cancellationToken);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (options.TryGetValue("log", out var log))
        {
            var commands = await CaptureAsync(http, log, options["path"], cancellationToken);
            await File.WriteAllTextAsync(options["capture"], JsonSerializer.Serialize(commands, CapturedCommand.Json), cancellationToken);
            Console.WriteLine($"The SQL of one list request after {WarmRequests} warm-up requests, as EF Core logged it with its time (the baseline sends the last two):");
            Console.WriteLine();
            foreach (var command in commands)
            {
                Console.WriteLine($"- {command.ElapsedMs} ms, parameters {string.Join(", ", command.Parameters.Select(p => $"{p.Name} ({p.DbType})"))}:");
                Console.WriteLine();
                Console.WriteLine("  ```sql");
                Console.WriteLine(string.Join('\n', command.Sql.Split('\n').Select(l => "  " + l)));
                Console.WriteLine("  ```");
            }

            Console.WriteLine();
        }

        // The baseline connects as the app does: the tenant's own login, under row-level security.
        var login = await AppLoginAsync(owner, database, cancellationToken);
        var app = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, Username = login, Password = null };
        await File.WriteAllLinesAsync(
            options["env-file"],
            [$"TOKEN='{token}'", $"TENANT_ID='{tenantId}'", $"COMPANY_ID='{companyId}'", $"TENANT_DB='{app.ConnectionString}'", $"SEEDED='{added}'"],
            cancellationToken);
        return 0;
    }

    private static async Task<(string Database, Guid TenantId)> TenantDatabaseAsync(NpgsqlConnectionStringBuilder server, string slug, CancellationToken cancellationToken)
    {
        var catalog = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "metahub_catalog" }.ConnectionString;
        await using var connection = new NpgsqlConnection(catalog);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """SELECT d."Name", t."Id" FROM "Tenants" t JOIN "TenantDatabases" d ON d."Id" = t."DatabaseId" WHERE t."Slug" = $1""", connection)
        {
            Parameters = { new() { Value = slug } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), reader.GetGuid(1))
            : throw new InvalidOperationException($"Tenant '{slug}' is not in the catalog.");
    }

    private static async Task<Guid> CompanyAsync(string owner, string slug, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""SELECT "Id" FROM "Companies" WHERE "Slug" = $1""", connection) { Parameters = { new() { Value = slug } } };
        return await command.ExecuteScalarAsync(cancellationToken) as Guid? ?? throw new InvalidOperationException($"Company '{slug}' does not exist.");
    }

    /// <summary>Tops the company up to <paramref name="count"/> customers with one binary COPY; returns how many it added.</summary>
    private static async Task<int> SeedAsync(string owner, Guid tenantId, Guid companyId, int count, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync(cancellationToken);
        await using (var existing = new NpgsqlCommand("""SELECT count(*)::int FROM "Customers" WHERE "CompanyId" = $1""", connection) { Parameters = { new() { Value = companyId } } })
        {
            count -= (int)(await existing.ExecuteScalarAsync(cancellationToken))!;
        }

        if (count <= 0)
        {
            return 0;
        }

        var now = DateTime.UtcNow;
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "Customers" ("Id", "TenantId", "CompanyId", "CompanyName", "ContactPerson", "Phone", "Email", "Address", "Sector", "Status", "CreatedAt", "UpdatedAt") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"Müşteri {i:00000} {Sectors[i % Sectors.Length]} A.Ş.");
                var created = now.AddMinutes(-i);
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(tenantId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(companyId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(name, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"Yetkili Kişi {i:00000}"), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"+90 532 {i / 10000 % 1000:000} {i / 100 % 100:00} {i % 100:00}"), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"info@musteri{i:00000}.com.tr"), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"Atatürk Cad. No:{i % 250 + 1}, Şişli/İstanbul"), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(Sectors[i % Sectors.Length], NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(Statuses[i % Statuses.Length], NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        // Fresh statistics, as autovacuum would have them by the time anyone lists 10,000 customers.
        await using var analyze = new NpgsqlCommand("""ANALYZE "Customers" """, connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return count;
    }

    private static async Task<string> SignInAsync(HttpClient http, string email, string password, Guid companyId, CancellationToken cancellationToken)
    {
        var signedIn = await PostAsync(http, "/api/auth/login", new { email, password }, cancellationToken);
        if (!signedIn.TryGetProperty("accessToken", out var token))
        {
            throw new InvalidOperationException($"{email} needs a second factor: run the app with MetaHub__Demo__RequireTwoFactor=false.");
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetString());
        var switched = await PostAsync(http, "/api/auth/switch-company", new { companyId }, cancellationToken);
        return switched.GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonSerializer.Deserialize<JsonElement>(text)
            : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
    }

    /// <summary>
    /// The commands EF Core logged (event 20101, Executed DbCommand) while the app answered
    /// <paramref name="path"/> (by the request path in the log's scopes): checks of the session and
    /// permissions, then the list's count and page.
    /// </summary>
    private static async Task<List<CapturedCommand>> CaptureAsync(HttpClient http, string log, string path, CancellationToken cancellationToken)
    {
        // Warm requests first, so the captured one shows query times without compilation and JIT.
        var start = 0L;
        for (var i = 0; i <= WarmRequests; i++)
        {
            if (i == WarmRequests)
            {
                start = await QuietLogAsync(log, cancellationToken);
            }

            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        await QuietLogAsync(log, cancellationToken);
        await using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(start, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var route = path.Split('?')[0];
        var commands = new List<CapturedCommand>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith('{') && JsonSerializer.Deserialize<JsonElement>(line) is var entry
                && entry.TryGetProperty("EventId", out var id) && id.GetInt32() == 20101
                && entry.GetProperty("Scopes").EnumerateArray().Any(scope => scope.TryGetProperty("RequestPath", out var requestPath) && requestPath.GetString() == route))
            {
                var state = entry.GetProperty("State");
                commands.Add(CapturedCommand.From(
                    state.GetProperty("commandText").GetString()!, state.GetProperty("parameters").GetString() ?? "", state.GetProperty("elapsed").GetString() ?? ""));
            }
        }

        return commands.Count > 0
            ? commands
            : throw new InvalidOperationException($"No command of {route} in {log}: run the app with Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information.");
    }

    /// <summary>The console logger writes from a queue: waits until the log stops growing.</summary>
    private static async Task<long> QuietLogAsync(string log, CancellationToken cancellationToken)
    {
        var length = -1L;
        while (new FileInfo(log).Length != length)
        {
            length = new FileInfo(log).Length;
            await Task.Delay(500, cancellationToken);
        }

        return length;
    }

    /// <summary>The login the app's pool uses for the tenant database (it rotates between two), seen in pg_stat_activity.</summary>
    private static async Task<string> AppLoginAsync(string owner, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT usename FROM pg_stat_activity WHERE datname = $1 AND usename LIKE $1 || '\\_app%' ORDER BY backend_start DESC LIMIT 1", connection)
        {
            Parameters = { new() { Value = database } },
        };
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? database + "_app";
    }
}
