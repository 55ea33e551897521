using System.Security.Cryptography;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetaHub.Tenancy.Placement;

/// <summary>
/// Creates physical tenant databases and brings their schema up to date. On PostgreSQL each
/// database gets its own login role (<c>NOSUPERUSER NOCREATEDB NOCREATEROLE</c>, 32 random bytes
/// of password) that is not the owner of any table, and every tenant table gets a row-level
/// security policy on <c>metahub.tenant_id</c>. Every step is idempotent.
/// </summary>
internal sealed class TenantDatabaseProvisioner(TenantConnections connections, IOptions<DatabaseOptions> options, TimeProvider time)
{
    public static readonly TimeSpan CredentialLifetime = TimeSpan.FromDays(90);

    /// <summary>Creates the database and its login if missing; sets the encrypted connection string.</summary>
    public async Task CreateAsync(TenantDatabase database, CancellationToken cancellationToken)
    {
        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
                connections.GetOwnerConnectionString(database)).DataSource)!);
            return;
        }

        await using var server = new NpgsqlConnection(connections.GetServerConnectionString(database.Server));
        await server.OpenAsync(cancellationToken);

        if (!await ExistsAsync(server, "SELECT 1 FROM pg_database WHERE datname = @name", database.Name, cancellationToken))
        {
            // A dedicated database starts as a copy of a migrated template: copying files is much
            // faster than running every migration again. A shared database is created once, plainly.
            var source = database.Placement == TenantPlacement.Dedicated
                ? $" TEMPLATE {Quote(await EnsureTemplateAsync(server, database.Server, cancellationToken))}"
                : "";
            try
            {
                await ExecuteAsync(server, $"CREATE DATABASE {Quote(database.Name)}{source}", cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Created concurrently by another node: fine, that is the state we want.
            }
        }

        var role = AppRoleName(database.Name);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var roleExists = await ExistsAsync(server, "SELECT 1 FROM pg_roles WHERE rolname = @name", role, cancellationToken);
        var verb = roleExists ? "ALTER" : "CREATE";
        await ExecuteAsync(
            server,
            $"{verb} ROLE {Quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION PASSWORD '{password}'",
            cancellationToken);
        await ExecuteAsync(server, $"REVOKE ALL ON DATABASE {Quote(database.Name)} FROM PUBLIC", cancellationToken);
        await ExecuteAsync(server, $"GRANT CONNECT, TEMPORARY ON DATABASE {Quote(database.Name)} TO {Quote(role)}", cancellationToken);

        var appConnection = new NpgsqlConnectionStringBuilder(connections.GetServerConnectionString(database.Server))
        {
            Database = database.Name,
            Username = role,
            Password = password,
        };
        database.ConnectionStringCipher = connections.ProtectConnectionString(appConnection.ConnectionString);
        database.CredentialsRotateAfter = time.GetUtcNow().UtcDateTime.Add(CredentialLifetime);
    }

    /// <summary>
    /// The server's template for dedicated databases (<c>{prefix}_template</c>, a name no tenant slug
    /// can produce), created and brought to the latest migration under an advisory lock, so nodes
    /// never prepare it twice at once. No connection to it stays open: PostgreSQL copies only an
    /// unused template.
    /// </summary>
    private async Task<string> EnsureTemplateAsync(NpgsqlConnection server, string serverName, CancellationToken cancellationToken)
    {
        var template = new TenantDatabase { Server = serverName, Name = options.Value.DedicatedDatabasePrefix + "_template", Placement = TenantPlacement.Dedicated };
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", server);
        command.Parameters.AddWithValue("name", template.Name);
        await command.ExecuteNonQueryAsync(cancellationToken);
        try
        {
            if (!await ExistsAsync(server, "SELECT 1 FROM pg_database WHERE datname = @name", template.Name, cancellationToken))
            {
                await ExecuteAsync(server, $"CREATE DATABASE {Quote(template.Name)}", cancellationToken);
            }

            // Grants in the template name its own role, which never logs in; each copy grants to its own.
            if (!await ExistsAsync(server, "SELECT 1 FROM pg_roles WHERE rolname = @name", AppRoleName(template.Name), cancellationToken))
            {
                await ExecuteAsync(server, $"CREATE ROLE {Quote(AppRoleName(template.Name))} NOLOGIN", cancellationToken);
            }

            bool behind;
            await using (var context = connections.CreateOwnerContext(template))
            {
                behind = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
            }

            if (behind)
            {
                await MigrateAsync(template, cancellationToken);
            }

            // GetPendingMigrationsAsync opened a pooled connection to the template too.
            await using var used = new NpgsqlConnection(connections.GetOwnerConnectionString(template));
            NpgsqlConnection.ClearPool(used);
            return template.Name;
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", server);
            unlock.Parameters.AddWithValue("name", template.Name);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Applies pending tenant migrations, then (PostgreSQL) grants and row-level security.</summary>
    public async Task<string?> MigrateAsync(TenantDatabase database, CancellationToken cancellationToken)
    {
        string? version;
        await using (var context = connections.CreateOwnerContext(database))
        {
            await context.Database.MigrateAsync(cancellationToken);
            if (connections.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers and the writer work side by side; the mode is stored in the file.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                return context.Database.GetMigrations().LastOrDefault();
            }

            await SecureAsync(context, database, cancellationToken);
            version = context.Database.GetMigrations().LastOrDefault();
        }

        // The owner's connection is used once per migration; kept idle in a pool per database it
        // would hold one server connection per tenant (the bench ran out at ~145 dedicated tenants).
        await using var owner = new NpgsqlConnection(connections.GetOwnerConnectionString(database));
        NpgsqlConnection.ClearPool(owner);
        return version;
    }

    /// <summary>
    /// New credentials for the application's login of a PostgreSQL tenant database. Two logins take
    /// turns — <c>{db}_app</c>, which holds the grants, and <c>{db}_app_b</c>, a member of it — and
    /// only the one not in use gets a new password, so connection strings another node still has
    /// cached keep working until the next rotation.
    /// </summary>
    public async Task RotateCredentialsAsync(TenantDatabase database, CancellationToken cancellationToken)
    {
        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            return;
        }

        var primary = AppRoleName(database.Name);
        var current = new NpgsqlConnectionStringBuilder(connections.GetAppConnectionString(database)).Username;
        var next = current == primary ? primary + "_b" : primary;
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await using var server = new NpgsqlConnection(connections.GetServerConnectionString(database.Server));
        await server.OpenAsync(cancellationToken);
        var exists = await ExistsAsync(server, "SELECT 1 FROM pg_roles WHERE rolname = @name", next, cancellationToken);
        var statement = exists
            ? $"ALTER ROLE {Quote(next)} LOGIN PASSWORD '{password}'"
            : $"CREATE ROLE {Quote(next)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION PASSWORD '{password}' IN ROLE {Quote(primary)}";
        await ExecuteAsync(server, statement, cancellationToken);

        var appConnection = new NpgsqlConnectionStringBuilder(connections.GetServerConnectionString(database.Server))
        {
            Database = database.Name,
            Username = next,
            Password = password,
        };
        database.ConnectionStringCipher = connections.ProtectConnectionString(appConnection.ConnectionString);
        database.CredentialsRotateAfter = time.GetUtcNow().UtcDateTime.Add(CredentialLifetime);
    }

    /// <summary>Removes a database nobody may use any more: its connections are ended, then the database and its login go (or the file, on SQLite).</summary>
    public async Task DropAsync(TenantDatabase database, CancellationToken cancellationToken)
    {
        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connections.GetOwnerConnectionString(database)).DataSource;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(connections.GetServerConnectionString(database.Server));
        await server.OpenAsync(cancellationToken);
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Quote(database.Name)} WITH (FORCE)", cancellationToken);
        await ExecuteAsync(server, $"DROP ROLE IF EXISTS {Quote(AppRoleName(database.Name))}", cancellationToken);
    }

    /// <summary>Removes one tenant's rows from a shared database, rows that others point at last.</summary>
    public async Task DeleteTenantRowsAsync(TenantDatabase database, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var context = connections.CreateOwnerContext(database);
        var remaining = context.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null)
            .ToList();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        while (remaining.Count > 0)
        {
            var unreferenced = remaining
                .Where(t => !remaining.Any(other => other != t && other.GetForeignKeys().Any(fk => fk.PrincipalEntityType == t)))
                .DefaultIfEmpty(remaining[0])
                .ToList();
            foreach (var entityType in unreferenced)
            {
                var table = entityType.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(entityType.GetTableName()!)}" : Quote(entityType.GetTableName()!);
                var column = Quote(entityType.FindProperty(nameof(ITenantOwned.TenantId))!.GetColumnName());
#pragma warning disable EF1002 // Table and column names come from the model, the value is a parameter.
                await context.Database.ExecuteSqlRawAsync($"DELETE FROM {table} WHERE {column} = {{0}}", [tenantId], cancellationToken);
#pragma warning restore EF1002
            }

            remaining.RemoveAll(unreferenced.Contains);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    internal static string AppRoleName(string databaseName) => databaseName + "_app";

    private static async Task SecureAsync(DbContext context, TenantDatabase database, CancellationToken cancellationToken)
    {
        var role = Quote(AppRoleName(database.Name));
        var statements = new List<string>
        {
            $"GRANT USAGE ON SCHEMA public TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            $"REVOKE ALL ON TABLE \"__EFMigrationsHistory\" FROM {role}",
        };

        var setting = $"NULLIF(current_setting('{PostgresTenantSettingInterceptor.SettingName}', true), '')::uuid";
        foreach (var entityType in context.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) || entityType.GetTableName() is not { } table)
            {
                continue;
            }

            var qualified = entityType.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table)}" : Quote(table);
            var column = Quote(entityType.FindProperty(nameof(ITenantOwned.TenantId))!.GetColumnName());
            statements.Add($"ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY");
            statements.Add($"DROP POLICY IF EXISTS tenant_isolation ON {qualified}");
            statements.Add($"CREATE POLICY tenant_isolation ON {qualified} USING ({column} = {setting}) WITH CHECK ({column} = {setting})");
            if (entityType.IsAppendOnly())
            {
                statements.Add($"REVOKE UPDATE, DELETE, TRUNCATE ON {qualified} FROM {role}");
            }
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in statements.Distinct(StringComparer.Ordinal))
        {
            await context.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
