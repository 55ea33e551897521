using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MetaHub.Benchmarks.Customers;

/// <summary>
/// <c>customers baseline</c>, the yardstick of bench/customers.sh: a minimal ASP.NET Core app with
/// one endpoint, <c>GET /api/v1/customers?page&amp;pageSize</c>, that sends the two commands EF Core
/// sent for the real list (captured by <c>customers setup</c>, text untouched) through plain Npgsql
/// on a pooled <see cref="NpgsqlDataSource"/> and writes <c>{ items, total, page, pageSize }</c> as
/// the API does. No tenant resolution, authentication, permissions, EF Core or serializer.
/// Arguments: <c>--connection</c>, <c>--capture</c>, <c>--tenant-id</c>, <c>--company-id</c>, <c>--urls</c>,
/// <c>--route</c> (<c>/api/v1/customers</c>).
/// </summary>
internal static class CustomersBaseline
{
    /// <summary>The API's customer fields in its order, read from the page query's columns of the same names.</summary>
    private static readonly string[] Fields =
        ["Id", "CompanyName", "ContactPerson", "Phone", "Email", "Address", "Sector", "Status", "Notes", "CreatedAt", "UpdatedAt", "DeletedAt"];

    private static readonly JsonEncodedText[] Names = [.. Fields.Select(f => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(f)))];

    /// <summary>ASP.NET Core's JSON escaping for HTTP responses (its JsonOptions), so "Müşteri" stays as it is.</summary>
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = DriverArguments.Parse(args, "connection", "capture", "tenant-id", "company-id", "urls");
        var captured = JsonSerializer.Deserialize<List<CapturedCommand>>(await File.ReadAllTextAsync(options["capture"], cancellationToken), CapturedCommand.Json)!;
        // ToPageAsync counts, then reads the page: the last count and the command after it.
        var counted = captured.FindLastIndex(c => c.Sql.StartsWith("SELECT count(*)", StringComparison.OrdinalIgnoreCase));
        if (counted < 0 || counted + 1 >= captured.Count)
        {
            throw new InvalidOperationException($"No count followed by a page among the captured commands:\n{string.Join("\n\n", captured.Select(c => c.Sql))}");
        }

        var scope = new Scope(Guid.Parse(options["tenant-id"]), Guid.Parse(options["company-id"]));
        var count = Prepared.From(captured[counted], scope.TenantId);
        var list = Prepared.From(captured[counted + 1], scope.TenantId);

        await using var dataSource = NpgsqlDataSource.Create(options["connection"]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options["urls"]);
        await using var app = builder.Build();
        app.MapGet(options.GetValueOrDefault("route", "/api/v1/customers"), (HttpContext http, int? page, int? pageSize) => ListAsync(http, dataSource, count, list, scope, page, pageSize));
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static async Task ListAsync(HttpContext http, NpgsqlDataSource dataSource, Prepared count, Prepared page, Scope scope, int? pageNumber, int? pageSize)
    {
        // The same clamping as the app's paging.
        var size = Math.Clamp(pageSize ?? 25, 1, 200);
        var number = Math.Max(pageNumber ?? 1, 1);
        var values = scope with { Limit = size, Offset = (number - 1) * size };
        var cancellationToken = http.RequestAborted;

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var countCommand = count.Create(connection, values);
        var total = Convert.ToInt32(await countCommand.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await using var pageCommand = page.Create(connection, values);
        await using var reader = await pageCommand.ExecuteReaderAsync(cancellationToken);

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter, Writer);
        var ordinals = Fields.Select(f => Ordinal(reader, f)).ToArray();
        json.WriteStartObject();
        json.WriteStartArray("items");
        while (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < Fields.Length; i++)
            {
                if (ordinals[i] is not { } ordinal)
                {
                    continue;
                }

                json.WritePropertyName(Names[i]);
                if (await reader.IsDBNullAsync(ordinal, cancellationToken))
                {
                    json.WriteNullValue();
                }
                else
                {
                    switch (reader.GetValue(ordinal))
                    {
                        case Guid guid:
                            json.WriteStringValue(guid);
                            break;
                        case DateTime time:
                            json.WriteStringValue(time);
                            break;
                        case string text when Fields[i] == "Status":
                            json.WriteStringValue(SnakeCase(text));
                            break;
                        case var value:
                            json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                            break;
                    }
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("total", total);
        json.WriteNumber("page", number);
        json.WriteNumber("pageSize", size);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static int? Ordinal(NpgsqlDataReader reader, string name)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetName(i), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>As the API writes its enums: <c>Active</c> → <c>active</c>.</summary>
    private static string SnakeCase(string value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value);

    /// <summary>What the list's parameters stand for: the signed-in scope and the requested page.</summary>
    private sealed record Scope(Guid TenantId, Guid CompanyId, int Limit = 0, int Offset = 0);

    /// <summary>A captured command with, for each parameter, which value of the <see cref="Scope"/> it takes.</summary>
    private sealed record Prepared(string Sql, IReadOnlyList<(CapturedParameter Parameter, Func<Scope, object> Value)> Parameters)
    {
        /// <summary>
        /// The command as the app sends it: EF Core logs its text before the app's interceptor puts
        /// the tenant for row-level security in front of it (PostgresTenantSettingInterceptor); so does this.
        /// </summary>
        public static Prepared From(CapturedCommand command, Guid tenantId) => new(
            $"DO $mh$BEGIN PERFORM set_config('metahub.tenant_id', '{tenantId:D}', true); END$mh$;\n{command.Sql}",
            [.. command.Parameters.Select(p => (p, ValueOf(p, command.Sql)))]);

        public NpgsqlCommand Create(NpgsqlConnection connection, Scope scope)
        {
            var command = new NpgsqlCommand(Sql, connection);
            foreach (var (parameter, value) in Parameters)
            {
                var npgsql = new NpgsqlParameter(parameter.Name, value(scope));
                if (parameter.DbType is { } type)
                {
                    npgsql.DbType = type;
                }

                command.Parameters.Add(npgsql);
            }

            return command;
        }

        /// <summary>EF Core names its filter parameters after the fields they read; paging shows as LIMIT and OFFSET.</summary>
        private static Func<Scope, object> ValueOf(CapturedParameter parameter, string sql)
        {
            var name = parameter.Name;
            bool Follows(string keyword) =>
                Regex.IsMatch(sql, $@"\b{keyword}\s+{Regex.Escape(name)}\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            return name switch
            {
                _ when name.Contains("tenantId", StringComparison.OrdinalIgnoreCase) => s => s.TenantId,
                _ when name.Contains("companyId", StringComparison.OrdinalIgnoreCase) => s => s.CompanyId,
                _ when name.Contains("groupView", StringComparison.OrdinalIgnoreCase) => _ => false,
                _ when Follows("LIMIT") => s => s.Limit,
                _ when Follows("OFFSET") => s => s.Offset,
                _ => throw new InvalidOperationException($"No value known for {name} in:\n{sql}"),
            };
        }
    }
}
