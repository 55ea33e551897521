using MetaHub.Tenancy.Placement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Tenancy.Catalog;

internal static class CatalogDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(ConnectionString(options), o => o.MigrationsAssembly(TenantConnections.SqliteMigrationsAssembly));
        }
        else
        {
            builder.UseNpgsql(ConnectionString(options), o => o.MigrationsAssembly(TenantConnections.PostgresMigrationsAssembly));
        }
    }

    /// <summary>The catalog's connection string; on SQLite <c>{DataDirectory}/catalog.db</c> unless configured. The job store uses it too.</summary>
    public static string ConnectionString(DatabaseOptions options) => options.Provider == DatabaseProvider.Sqlite
        ? options.CatalogConnectionString ?? new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.DataDirectory, "catalog.db"),
            ForeignKeys = true,
            Pooling = true,
        }.ToString()
        : options.CatalogConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Catalog is not configured.");
}
