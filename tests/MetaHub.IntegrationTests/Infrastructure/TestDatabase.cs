using MetaHub.Tenancy.Catalog;
using Npgsql;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>
/// Which database server the run uses: SQLite by default, or the throw-away PostgreSQL that
/// test.sh starts (<c>MetaHub__Database__Provider=Postgres</c> plus the two connection strings).
/// </summary>
public static class TestDatabase
{
    public static DatabaseProvider Provider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("MetaHub__Database__Provider"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>Settings that give one test host its own catalog and shared database.</summary>
    public static Dictionary<string, string?> IsolatedSettings(string dataDirectory, string runId)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["MetaHub:DataDirectory"] = dataDirectory,
            ["MetaHub:Database:Provider"] = Provider.ToString(),
            ["MetaHub:Database:DedicatedDatabasePrefix"] = $"t{runId}_",
        };
        if (IsPostgres)
        {
            var catalog = Environment.GetEnvironmentVariable("ConnectionStrings__Catalog")
                ?? throw new InvalidOperationException("ConnectionStrings__Catalog must be set for the PostgreSQL run.");
            settings["ConnectionStrings:Catalog"] = new NpgsqlConnectionStringBuilder(catalog) { Database = $"metahub_catalog_{runId}" }.ConnectionString;
            settings["ConnectionStrings:Tenants"] = Environment.GetEnvironmentVariable("ConnectionStrings__Tenants")
                ?? throw new InvalidOperationException("ConnectionStrings__Tenants must be set for the PostgreSQL run.");
            settings["MetaHub:Database:SharedDatabaseName"] = $"metahub_shared_{runId}";
        }
        else
        {
            settings["MetaHub:Database:SharedDatabaseName"] = "shared";
        }

        return settings;
    }
}
