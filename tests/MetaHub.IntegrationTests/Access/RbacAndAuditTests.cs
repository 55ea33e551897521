using System.Net;
using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MetaHub.IntegrationTests.Access;

/// <summary>Permission policies, custom roles, the audit log and its hash chain.</summary>
public sealed class RbacAndAuditTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Roles_InternWithoutRolesManage_Gets403AndAccessDeniedIsAudited()
    {
        var org = await Organisation.CreateAsync(factory);
        var intern = await org.AddUserAsync(SystemRoles.Intern, [org.Main]);
        var token = await org.TokenForAsync(intern, org.Main);

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/roles", accessToken: token);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("roles.manage");
        await using var db = await factory.OpenAsync(org.Tenant);
        var denied = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "ACCESS_DENIED");
        denied.UserId.ShouldBe(intern.Id);
        denied.CompanyId.ShouldBe(org.Main.Id);
        denied.NewValues.ShouldNotBeNull().ShouldContain("roles.manage");
    }

    [Fact]
    public async Task Roles_SystemMatrix_MatchesTheSeed()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/roles", accessToken: token);
        var roles = (await response.JsonAsync()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("systemRole").GetString()!, r => r.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList(), StringComparer.Ordinal);

        roles.Keys.ShouldBe(["Owner", "Admin", "Manager", "Employee", "Intern"]);
        roles["Owner"].ShouldContain("customers.delete");
        roles["Owner"].ShouldContain("roles.manage");
        roles["Owner"].ShouldContain("leads.delete");
        roles["Employee"].Where(p => p!.StartsWith("customers.", StringComparison.Ordinal)).ShouldBe(["customers.edit", "customers.view"]);
        roles["Employee"].Where(p => p!.StartsWith("leads.", StringComparison.Ordinal)).ShouldBe(["leads.edit", "leads.view"]);
        roles["Intern"].ShouldBe(["customers.view", "leads.view"]);
        roles["Manager"].ShouldNotContain("settings.view");
    }

    [Fact]
    public async Task CustomRole_CreateEditDeleteWhenUnused_AndRefusedWhileHeld()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var token = await org.TokenForAsync(admin, org.Main);

        using var invalid = await org.SendAsync(HttpMethod.Post, "/api/v1/roles", new { name = "", permissions = new[] { "nope.view" } }, token);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Bu alan zorunludur.");
        errors.GetProperty("permissions")[0].GetString()!.ShouldContain("nope.view");

        using var created = await org.SendAsync(HttpMethod.Post, "/api/v1/roles", new { name = "Muhasebe", permissions = new[] { "customers.view" } }, token);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var roleId = (await created.JsonAsync()).GetProperty("id").GetGuid();

        using var edited = await org.SendAsync(HttpMethod.Put, $"/api/v1/roles/{roleId}", new { name = "Muhasebe", permissions = new[] { "customers.view", "customers.edit" } }, token);
        (await edited.JsonAsync()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["customers.edit", "customers.view"]);

        await using (var db = await factory.OpenAsync(org.Tenant))
        {
            db.Add(new Membership { UserId = admin.Id, CompanyId = org.Subsidiary.Id, RoleId = roleId, JoinedAt = DateTime.UtcNow });
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var holder = await org.AddUserAsync(SystemRoles.Intern, [org.Subsidiary]);
        await using (var db = await factory.OpenAsync(org.Tenant))
        {
            db.Add(new Membership { UserId = holder.Id, CompanyId = org.Main.Id, RoleId = roleId, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        using var refused = await org.SendAsync(HttpMethod.Delete, $"/api/v1/roles/{roleId}", accessToken: token);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var holderToken = await org.TokenForAsync(holder, org.Main);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: holderToken);
        (await me.JsonAsync()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["customers.edit", "customers.view"]);

        await using (var db = await factory.OpenAsync(org.Tenant))
        {
            await db.Set<Membership>().Where(m => m.RoleId == roleId).ExecuteDeleteAsync();
        }

        using var deleted = await org.SendAsync(HttpMethod.Delete, $"/api/v1/roles/{roleId}", accessToken: token);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task CustomRole_OfAnotherCompany_IsInvisibleAndUntouchable()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main, org.Other]);
        var mainToken = await org.TokenForAsync(admin, org.Main);
        var otherToken = await org.TokenForAsync(admin, org.Other);
        using var created = await org.SendAsync(HttpMethod.Post, "/api/v1/roles", new { name = "Gizli", permissions = Array.Empty<string>() }, mainToken);
        var roleId = (await created.JsonAsync()).GetProperty("id").GetGuid();

        using var list = await org.SendAsync(HttpMethod.Get, "/api/v1/roles", accessToken: otherToken);
        using var update = await org.SendAsync(HttpMethod.Put, $"/api/v1/roles/{roleId}", new { name = "Ele geçirildi", permissions = new[] { "roles.manage" } }, otherToken);
        using var delete = await org.SendAsync(HttpMethod.Delete, $"/api/v1/roles/{roleId}", accessToken: otherToken);

        (await list.JsonAsync()).EnumerateArray().ShouldNotContain(r => r.GetProperty("id").GetGuid() == roleId);
        update.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(TenantPlacement.Dedicated)]
    [InlineData(TenantPlacement.Shared)]
    public async Task Audit_CompanyChange_RecordsOldAndNewValuesWithActor(TenantPlacement placement)
    {
        var org = await Organisation.CreateAsync(factory, placement);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);
        await using (var db = await factory.OpenAsync(org.Tenant))
        {
            var company = await db.Set<Company>().SingleAsync(c => c.Id == org.Main.Id);
            company.Phone = "0533 000 00 00";
            company.Settings.Currency = "EUR";
            await db.SaveChangesAsync();
        }

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/audit?action=COMPANY_UPDATE", accessToken: token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.JsonAsync();
        var entry = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("module").GetString().ShouldBe("access");
        entry.GetProperty("recordId").GetString().ShouldBe(org.Main.Id.ToString());
        entry.GetProperty("oldValues").GetString().ShouldBe("""{"Phone":null,"Settings.Currency":"TRY"}""");
        entry.GetProperty("newValues").GetString().ShouldBe("""{"Phone":"0533 000 00 00","Settings.Currency":"EUR"}""");
    }

    [Fact]
    public async Task Audit_UserCreation_RedactsPasswordHash()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);

        await using var db = await factory.OpenAsync(org.Tenant);
        var created = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "USER_CREATE" && e.RecordId == user.Id.ToString());
        created.NewValues.ShouldNotBeNull().ShouldContain("\"PasswordHash\":\"***\"");
        created.NewValues.ShouldContain(user.Email);
    }

    [Fact]
    public async Task Audit_OtherCompanysEntries_AreNotListed()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main, org.Other]);
        var otherToken = await org.TokenForAsync(owner, org.Other);
        var mainToken = await org.TokenForAsync(owner, org.Main);
        using var created = await org.SendAsync(HttpMethod.Post, "/api/v1/roles", new { name = "Yalnız ana", permissions = Array.Empty<string>() }, mainToken);
        var roleId = (await created.JsonAsync()).GetProperty("id").GetString();

        using var fromOther = await org.SendAsync(HttpMethod.Get, "/api/v1/audit?action=ROLE_CREATE&pageSize=200", accessToken: otherToken);
        using var fromMain = await org.SendAsync(HttpMethod.Get, "/api/v1/audit?action=ROLE_CREATE&pageSize=200", accessToken: mainToken);

        var otherItems = (await fromOther.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var mainItems = (await fromMain.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        otherItems.ShouldNotContain(e => e.GetProperty("recordId").GetString() == roleId);
        otherItems.ShouldAllBe(e => e.GetProperty("companyId").GetGuid() == org.Other.Id);
        var entry = mainItems.Where(e => e.GetProperty("recordId").GetString() == roleId).ShouldHaveSingleItem();
        entry.GetProperty("userId").GetGuid().ShouldBe(owner.Id);
        entry.GetProperty("correlationId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Audit_Export_IsCsvWithHeader()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/audit/export?action=LOGIN", accessToken: token);

        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("sequence,createdAt,companyId,userId,userName,action");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(",LOGIN,access,");
    }

    [Fact]
    public async Task AuditVerify_IntactChain_IsValid_TamperedRowIsFound()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        using var intact = await org.SendAsync(HttpMethod.Get, "/api/v1/audit/verify", accessToken: token);
        var before = await intact.JsonAsync();
        before.GetProperty("valid").GetBoolean().ShouldBeTrue();
        var count = before.GetProperty("verifiedEntries").GetInt64();
        count.ShouldBeGreaterThan(3);

        await TamperAsync(org, "UPDATE \"AuditEntries\" SET \"NewValues\" = '{\"email\":\"someone-else\"}' WHERE \"Sequence\" = 2");
        using var tampered = await org.SendAsync(HttpMethod.Get, "/api/v1/audit/verify", accessToken: token);
        var after = await tampered.JsonAsync();

        after.GetProperty("valid").GetBoolean().ShouldBeFalse();
        after.GetProperty("brokenAtSequence").GetInt64().ShouldBe(2);
        after.GetProperty("reason").GetString().ShouldBe("altered");
    }

    [Fact]
    public async Task AuditVerify_DeletedRow_IsFound()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        await TamperAsync(org, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");
        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/audit/verify", accessToken: token);
        var result = await response.JsonAsync();

        result.GetProperty("valid").GetBoolean().ShouldBeFalse();
        result.GetProperty("brokenAtSequence").GetInt64().ShouldBe(3);
        result.GetProperty("reason").GetString().ShouldBe("missing");
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedThroughTheApplication()
    {
        var org = await Organisation.CreateAsync(factory);
        await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        await using var db = await factory.OpenAsync(org.Tenant);
        var entry = await db.Set<AuditEntry>().FirstAsync();

        entry.Action = "NOTHING_HAPPENED";

        await Should.ThrowAsync<Kernel.Data.TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AuditEntries_OnPostgres_TheApplicationRoleCannotUpdateThem()
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "Grants are a PostgreSQL feature.");
        var org = await Organisation.CreateAsync(factory);
        await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        await using var db = await factory.OpenAsync(org.Tenant);

        var failure = await Should.ThrowAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Action\" = 'X'"));

        failure.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    /// <summary>What someone with direct database access would do: bypass the application entirely.</summary>
    private async Task TamperAsync(Organisation org, string sql)
    {
        if (TestDatabase.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(await factory.OwnerConnectionStringAsync(org.Tenant));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        else
        {
            await using var connection = new SqliteConnection(await factory.AppConnectionStringAsync(org.Tenant));
            await connection.OpenAsync();
            await using var command = new SqliteCommand(sql, connection);
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }
    }
}
