using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;

namespace MetaHub.Web.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef</c> build both contexts for either provider without starting the host:
/// <c>-- --provider Sqlite|Postgres</c> (see scripts/add-migration.sh).
/// </summary>
internal static class DesignTimeProvider
{
    public static DatabaseOptions Options(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        var provider = index >= 0 && index + 1 < args.Length
            ? Enum.Parse<DatabaseProvider>(args[index + 1], ignoreCase: true)
            : DatabaseProvider.Sqlite;
        return new DatabaseOptions
        {
            Provider = provider,
            DataDirectory = Path.GetTempPath(),
            CatalogConnectionString = provider == DatabaseProvider.Postgres ? "Host=localhost;Database=metahub_design" : null,
        };
    }

    public static string MigrationsAssembly(DatabaseOptions options) => options.Provider == DatabaseProvider.Sqlite
        ? TenantConnections.SqliteMigrationsAssembly
        : TenantConnections.PostgresMigrationsAssembly;
}
