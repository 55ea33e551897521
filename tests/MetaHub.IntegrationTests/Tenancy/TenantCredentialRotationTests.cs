using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MetaHub.IntegrationTests.Tenancy;

/// <summary>Tenant database credentials are rotated when due, without breaking the tenant or connections already handed out.</summary>
public sealed class TenantCredentialRotationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Theory]
    [InlineData(TenantPlacement.Dedicated)]
    [InlineData(TenantPlacement.Shared)]
    public async Task Rotate_Due_SwitchesToTheOtherLogin_KeepsThePreviousWorking_AndTheTenantServes(TenantPlacement placement)
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "Tenant database logins exist on the PostgreSQL pass of test.sh.");
        var org = await Organisation.CreateAsync(factory, placement);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var first = await factory.AppConnectionStringAsync(org.Tenant);
        var firstSecret = await StoredSecretAsync(User(first));

        await MakeDueAsync(org.Tenant);
        (await Rotation().RotateDueAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        var second = await factory.AppConnectionStringAsync(org.Tenant);
        await MakeDueAsync(org.Tenant);
        await Rotation().RotateDueAsync(CancellationToken.None);
        var third = await factory.AppConnectionStringAsync(org.Tenant);

        User(first).ShouldEndWith("_app");
        User(second).ShouldBe(User(first) + "_b");
        User(third).ShouldBe(User(first));
        (await CanConnectAsync(second)).ShouldBeTrue();
        (await CanConnectAsync(third)).ShouldBeTrue();
        // The test server trusts loopback logins, so the old password is checked where the server keeps it.
        (await StoredSecretAsync(User(first))).ShouldNotBe(firstSecret);
        await using (var catalog = await factory.CatalogAsync())
        {
            var database = await catalog.Tenants.Where(t => t.Id == org.Tenant.Id).Select(t => t.Database).SingleAsync();
            (database.CredentialsRotateAfter!.Value - DateTime.UtcNow).TotalDays.ShouldBeInRange(89.9, 90.1);
        }

        var token = await org.TokenForAsync(owner, org.Main);
        using var members = await org.SendAsync(HttpMethod.Get, "/api/v1/users", accessToken: token);
        members.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await members.JsonAsync()).GetProperty("total").GetInt32().ShouldBe(1);
    }

    private TenantCredentialRotation Rotation() => factory.Services.GetRequiredService<TenantCredentialRotation>();

    private async Task MakeDueAsync(Tenant tenant)
    {
        await using var catalog = await factory.CatalogAsync();
        var database = await catalog.TenantDatabases.SingleAsync(d => d.Id == tenant.DatabaseId);
        database.CredentialsRotateAfter = DateTime.UtcNow.AddMinutes(-1);
        await catalog.SaveChangesAsync();
    }

    private static string User(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Username!;

    private static async Task<bool> CanConnectAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_user", connection);
        return (string?)await command.ExecuteScalarAsync() == new NpgsqlConnectionStringBuilder(connectionString).Username;
    }

    private static async Task<string?> StoredSecretAsync(string role)
    {
        await using var server = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Tenants"));
        await server.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT rolpassword FROM pg_authid WHERE rolname = @role", server);
        command.Parameters.AddWithValue("role", role);
        return (string?)await command.ExecuteScalarAsync();
    }
}
