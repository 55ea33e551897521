using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;

namespace MetaHub.IntegrationTests.Access;

/// <summary>/api/v1/users: members of the active company, their roles, deactivation.</summary>
public sealed class UserManagementTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task List_ShowsOnlyTheActiveCompanysMembers()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var colleague = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        await org.AddUserAsync(SystemRoles.Employee, [org.Other]);
        var token = await org.TokenForAsync(admin, org.Main);

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/users", accessToken: token);

        var page = await response.JsonAsync();
        page.GetProperty("total").GetInt32().ShouldBe(2);
        var members = page.GetProperty("items").EnumerateArray().ToList();
        members.Select(m => m.GetProperty("id").GetGuid()).ShouldBe([admin.Id, colleague.Id], ignoreOrder: true);
        members.Single(m => m.GetProperty("id").GetGuid() == colleague.Id).GetProperty("roleName").GetString().ShouldBe("Employee");
    }

    [Fact]
    public async Task List_SearchSortAndPage_AreAppliedByTheServer()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var intern = await org.AddUserAsync(SystemRoles.Intern, [org.Main]);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        await org.AddUserAsync(SystemRoles.Intern, [org.Other]);
        var token = await org.TokenForAsync(admin, org.Main);

        using var search = await org.SendAsync(HttpMethod.Get, "/api/v1/users?search=INTERN", accessToken: token);
        using var sorted = await org.SendAsync(HttpMethod.Get, "/api/v1/users?sort=-role&page=1&pageSize=2", accessToken: token);
        using var second = await org.SendAsync(HttpMethod.Get, "/api/v1/users?sort=-role&page=2&pageSize=2", accessToken: token);

        var found = await search.JsonAsync();
        found.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([intern.Id]);
        var first = await sorted.JsonAsync();
        first.GetProperty("total").GetInt32().ShouldBe(3);
        first.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([manager.Id, intern.Id]);
        (await second.JsonAsync()).GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([admin.Id]);
    }

    [Fact]
    public async Task ChangeRole_TakesEffectOnTheMembersNextRequest()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var intern = await org.AddUserAsync(SystemRoles.Intern, [org.Main]);
        var adminToken = await org.TokenForAsync(admin, org.Main);
        var internToken = await org.TokenForAsync(intern, org.Main);
        using var roles = await org.SendAsync(HttpMethod.Get, "/api/v1/roles", accessToken: adminToken);
        var managerRole = (await roles.JsonAsync()).EnumerateArray().Single(r => r.GetProperty("systemRole").GetString() == "Manager").GetProperty("id").GetGuid();

        using var change = await org.SendAsync(HttpMethod.Put, $"/api/v1/users/{intern.Id}/membership", new { roleId = managerRole, isOwner = false }, adminToken);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: internToken);

        change.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.JsonAsync()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain("customers.create");
    }

    [Fact]
    public async Task ChangeRole_ToARoleOfAnotherCompany_IsRefused()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main, org.Other]);
        var intern = await org.AddUserAsync(SystemRoles.Intern, [org.Main]);
        var otherToken = await org.TokenForAsync(admin, org.Other);
        using var otherRoles = await org.SendAsync(HttpMethod.Get, "/api/v1/roles", accessToken: otherToken);
        var foreignOwnerRole = (await otherRoles.JsonAsync()).EnumerateArray().Single(r => r.GetProperty("systemRole").GetString() == "Owner").GetProperty("id").GetGuid();
        var mainToken = await org.TokenForAsync(admin, org.Main);

        using var change = await org.SendAsync(HttpMethod.Put, $"/api/v1/users/{intern.Id}/membership", new { roleId = foreignOwnerRole, isOwner = false }, mainToken);
        using var notMember = await org.SendAsync(HttpMethod.Put, $"/api/v1/users/{intern.Id}/membership", new { roleId = foreignOwnerRole, isOwner = false }, otherToken);

        change.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notMember.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deactivate_SignsTheMemberOutEverywhereAndStopsSignIn()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var adminToken = await org.TokenForAsync(admin, org.Main);
        var employeeTokens = await org.SignInAsync(employee);

        using var deactivate = await org.SendAsync(HttpMethod.Post, $"/api/v1/users/{employee.Id}/deactivate", accessToken: adminToken);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: employeeTokens.GetProperty("accessToken").GetString());
        using var refresh = await org.SendAsync(HttpMethod.Post, "/api/auth/refresh", new { refreshToken = employeeTokens.GetProperty("refreshToken").GetString() });
        using var login = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = employee.Email, password = Organisation.Password });
        using var self = await org.SendAsync(HttpMethod.Post, $"/api/v1/users/{admin.Id}/deactivate", accessToken: adminToken);

        deactivate.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refresh.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        self.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RemoveMembership_LastOwnerIsKept()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(admin, org.Main);

        using var lastOwner = await org.SendAsync(HttpMethod.Delete, $"/api/v1/users/{owner.Id}/membership", accessToken: token);
        using var removed = await org.SendAsync(HttpMethod.Delete, $"/api/v1/users/{employee.Id}/membership", accessToken: token);
        using var employeeLogin = await org.SendAsync(HttpMethod.Get, "/api/v1/users", accessToken: token);

        lastOwner.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await employeeLogin.JsonAsync()).GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldNotContain(employee.Id);
    }
}
