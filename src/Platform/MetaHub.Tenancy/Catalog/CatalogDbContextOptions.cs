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
            var connectionString = options.CatalogConnectionString ?? new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(options.DataDirectory, "catalog.db"),
                ForeignKeys = true,
                Pooling = true,
            }.ToString();
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly(TenantConnections.SqliteMigrationsAssembly));
        }
        else
        {
            builder.UseNpgsql(
                options.CatalogConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Catalog is not configured."),
                o => o.MigrationsAssembly(TenantConnections.PostgresMigrationsAssembly));
        }
    }
}
