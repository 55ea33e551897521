namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// Where the catalog and tenant databases live: <c>MetaHub:Database</c>, <c>MetaHub:DataDirectory</c>
/// and the <c>Catalog</c> and <c>Tenants</c> connection strings.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "MetaHub:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Absolute data directory (SQLite files, data-protection keys).</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>Catalog connection string; on SQLite it defaults to <c>{DataDirectory}/catalog.db</c>.</summary>
    public string? CatalogConnectionString { get; set; }

    /// <summary>Administrative connection string of the default PostgreSQL server for tenant databases.</summary>
    public string? TenantsConnectionString { get; set; }

    /// <summary>Further PostgreSQL servers for tenant databases, by name.</summary>
    public Dictionary<string, string> Servers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Name of the shared database on each server (SQLite: file name).</summary>
    public string SharedDatabaseName { get; set; } = "metahub_shared";

    /// <summary>Prefix of dedicated tenant database names (<c>{prefix}{slug}</c>), so environments can share a server.</summary>
    public string DedicatedDatabasePrefix { get; set; } = "metahub_t_";

    /// <summary>How many tenant databases the migration runner migrates at once.</summary>
    public int MigrationConcurrency { get; set; } = 4;
}
