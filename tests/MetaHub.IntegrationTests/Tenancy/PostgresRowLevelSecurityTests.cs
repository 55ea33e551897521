using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using Npgsql;

namespace MetaHub.IntegrationTests.Tenancy;

/// <summary>
/// The database itself keeps tenants apart on PostgreSQL: the application's login is not the
/// owner of any table, and every tenant table answers only rows of the tenant named in the
/// transaction's <c>metahub.tenant_id</c> setting — and none at all without it.
/// </summary>
public sealed class PostgresRowLevelSecurityTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Theory]
    [InlineData(TenantPlacement.Shared)]
    [InlineData(TenantPlacement.Dedicated)]
    public async Task AppLogin_IsNotSuperuserNorTableOwner(TenantPlacement placement)
    {
        await using var connection = await OpenAppConnectionAsync(await NewTenantAsync(placement));

        var role = await ScalarAsync<string>(connection, "SELECT current_user");
        (await ScalarAsync<bool>(connection, "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls FROM pg_roles WHERE rolname = current_user")).ShouldBeFalse();
        (await ScalarAsync<long>(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")).ShouldBe(0);
        role.ShouldEndWith("_app");
    }

    [Theory]
    [InlineData(TenantPlacement.Shared)]
    [InlineData(TenantPlacement.Dedicated)]
    public async Task EveryTenantTable_HasRowLevelSecurityPolicy(TenantPlacement placement)
    {
        await using var connection = await OpenAppConnectionAsync(await NewTenantAsync(placement));

        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, c.relrowsecurity, EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'tenant_isolation')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '__EFMigrationsHistory'
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = 0;
        while (await reader.ReadAsync())
        {
            tables++;
            reader.GetBoolean(1).ShouldBeTrue($"{reader.GetString(0)} has row-level security disabled");
            reader.GetBoolean(2).ShouldBeTrue($"{reader.GetString(0)} has no tenant_isolation policy");
        }

        tables.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SharedDatabase_QueryWithoutTenantSetting_ReturnsNoRows()
    {
        var a = await NewTenantAsync(TenantPlacement.Shared);
        var b = await factory.CreateTenantAsync(TenantPlacement.Shared);
        foreach (var tenant in new[] { a, b })
        {
            await using var db = await factory.OpenAsync(tenant);
            db.Add(new Company { Name = "Company of " + tenant.Slug, Slug = "main" });
            await db.SaveChangesAsync();
        }

        await using var connection = await OpenAppConnectionAsync(a);

        (await ScalarAsync<long>(connection, "SELECT count(*) FROM \"Companies\"")).ShouldBe(0);

        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, $"SELECT set_config('metahub.tenant_id', '{a.Id}', true)");
        (await ScalarAsync<long>(connection, "SELECT count(*) FROM \"Companies\"")).ShouldBe(1);
        (await ScalarAsync<long>(connection, $"SELECT count(*) FROM \"Companies\" WHERE \"TenantId\" = '{b.Id}'")).ShouldBe(0);
        (await ScalarAsync<long>(connection, $"UPDATE \"Companies\" SET \"Name\" = 'x' WHERE \"TenantId\" = '{b.Id}' RETURNING 1")).ShouldBe(0);
        await transaction.CommitAsync();

        // The setting was local to that transaction: the pooled connection forgets it.
        (await ScalarAsync<long>(connection, "SELECT count(*) FROM \"Companies\"")).ShouldBe(0);
    }

    [Fact]
    public async Task SharedDatabase_InsertForAnotherTenant_IsRejectedByPolicy()
    {
        var a = await NewTenantAsync(TenantPlacement.Shared);
        var b = await factory.CreateTenantAsync(TenantPlacement.Shared);
        await using var connection = await OpenAppConnectionAsync(a);
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, $"SELECT set_config('metahub.tenant_id', '{a.Id}', true)");

        var error = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(connection,
            $"INSERT INTO \"Companies\" (\"Id\", \"TenantId\", \"Name\", \"Slug\", \"IsActive\", \"CreatedAt\", \"UpdatedAt\") VALUES ('{Guid.NewGuid()}', '{b.Id}', 'Planted', 'planted', true, now(), now())"));

        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    private Task<Tenant> NewTenantAsync(TenantPlacement placement)
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "Row-level security exists on the PostgreSQL pass of test.sh.");
        return factory.CreateTenantAsync(placement);
    }

    private async Task<NpgsqlConnection> OpenAppConnectionAsync(Tenant tenant)
    {
        var connection = new NpgsqlConnection(await factory.AppConnectionStringAsync(tenant));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
