using System.Collections.Concurrent;
using MetaHub.Kernel.Data;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetaHub.Tenancy.Placement;

/// <summary>
/// Connection strings and EF Core options for tenant databases. Options are cached per connection
/// string, so each physical database has exactly one connection pool whatever its tenant count.
/// </summary>
internal sealed class TenantConnections(
    IOptions<DatabaseOptions> options,
    IDataProtectionProvider dataProtection,
    TenantModelConfiguration model,
    IEnumerable<ITenantInterceptor> moduleInterceptors,
    ILoggerFactory loggers)
{
    public const string SqliteMigrationsAssembly = "MetaHub.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "MetaHub.Migrations.Postgres";

    private readonly DatabaseOptions settings = options.Value;
    private readonly IDataProtector protector = dataProtection.CreateProtector("MetaHub.Tenancy.TenantDatabase.ConnectionString");
    private readonly ConcurrentDictionary<string, DbContextOptions<TenantDbContext>> appOptions = new(StringComparer.Ordinal);

    public DatabaseProvider Provider => settings.Provider;

    public TenantModelConfiguration Model => model;

    /// <summary>The application's connection: a non-owner login on PostgreSQL, so row-level security applies.</summary>
    public string GetAppConnectionString(TenantDatabase database) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => SqliteConnectionString(database.Name),
        _ => protector.Unprotect(database.ConnectionStringCipher
            ?? throw new InvalidOperationException($"Tenant database {database.Id} has no application credentials yet.")),
    };

    /// <summary>The owner's connection, used only to create and migrate the database.</summary>
    public string GetOwnerConnectionString(TenantDatabase database) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => SqliteConnectionString(database.Name),
        _ => new NpgsqlConnectionStringBuilder(GetServerConnectionString(database.Server)) { Database = database.Name }.ConnectionString,
    };

    public string GetServerConnectionString(string server) =>
        string.Equals(server, TenantDatabase.DefaultServer, StringComparison.OrdinalIgnoreCase)
            ? settings.TenantsConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Tenants is not configured.")
            : settings.Servers.TryGetValue(server, out var connectionString)
                ? connectionString
                : throw new InvalidOperationException($"Database server '{server}' is not configured under MetaHub:Database:Servers.");

    public string ProtectConnectionString(string connectionString) => protector.Protect(connectionString);

    public DbContextOptions<TenantDbContext> GetAppOptions(TenantRoute route) =>
        appOptions.GetOrAdd(route.ConnectionString, BuildAppOptions);

    private DbContextOptions<TenantDbContext> BuildOwnerOptions(TenantDatabase database)
    {
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        UseProvider(builder, GetOwnerConnectionString(database));
        return builder.Options;
    }

    public TenantDbContext CreateOwnerContext(TenantDatabase database) =>
        new(BuildOwnerOptions(database), model, Kernel.Tenancy.DataScope.ForTenant(Guid.Empty));

    private DbContextOptions<TenantDbContext> BuildAppOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        UseProvider(builder, settings.Provider == DatabaseProvider.Postgres ? Tuned(connectionString) : connectionString);
        builder.AddInterceptors(TenantIsolationInterceptor.Instance);
        builder.AddInterceptors(moduleInterceptors);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            builder.AddInterceptors(PostgresTenantSettingInterceptor.Instance);
        }

        return builder.Options;
    }

    /// <summary>
    /// The application's pool of a tenant database, tuned for the same few statements running on
    /// every request. The session check before each request costs PostgreSQL far more to plan than
    /// to run, so statements used often are prepared once per connection (and stay prepared while
    /// it is in the pool). Nothing of a request outlives its transaction on these connections (the
    /// tenant setting is transaction-local), so returning one to the pool needs no reset, which
    /// would otherwise cost a round of reset commands each time.
    /// </summary>
    private static string Tuned(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 3, NoResetOnClose = true }.ConnectionString;

    private void UseProvider(DbContextOptionsBuilder builder, string connectionString)
    {
        // The host's logging, so tenant commands show up like the catalog's (failures, and SQL with
        // its time when Microsoft.EntityFrameworkCore.Database.Command is set to Information).
        // A failed command is thrown to the code that ran it, which either expects it (a database
        // still being made has no migration history yet) or lets it reach the error handler that
        // logs it as an error; EF Core's own note of it is a warning, so the expected ones do not
        // read as incidents.
        builder.UseLoggerFactory(loggers)
            .ConfigureWarnings(w => w.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Warning)));
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }
        else
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
    }

    private string SqliteConnectionString(string name) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(settings.DataDirectory, "tenants", name + ".db"),
        ForeignKeys = true,
        Pooling = true,
    }.ToString();
}
