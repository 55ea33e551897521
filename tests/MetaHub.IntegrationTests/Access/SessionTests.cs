using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.IntegrationTests.Access;

/// <summary>Refresh, logout, sessions, /me and company switching through the API.</summary>
public sealed class SessionTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Theory]
    [InlineData(TenantPlacement.Dedicated)]
    [InlineData(TenantPlacement.Shared)]
    public async Task Me_AfterSwitchToSubsidiary_ShowsCompaniesActiveCompanyAndPermissions(TenantPlacement placement)
    {
        var org = await Organisation.CreateAsync(factory, placement);
        var user = await org.AddUserAsync(SystemRoles.Intern, [org.Main, org.Subsidiary]);
        var tokens = await org.SignInAsync(user);

        using var before = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: tokens.GetProperty("accessToken").GetString());
        var me = await before.JsonAsync();
        me.GetProperty("activeCompanyId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        me.GetProperty("permissions").GetArrayLength().ShouldBe(0);
        me.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Ana Şirket", "Alt Şirket"]);
        me.GetProperty("groupViewAllowed").GetBoolean().ShouldBeFalse();

        var token = await org.TokenForAsync(user, org.Subsidiary);
        using var after = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: token);
        var switched = await after.JsonAsync();
        switched.GetProperty("activeCompanyId").GetGuid().ShouldBe(org.Subsidiary.Id);
        switched.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["customers.view"]);
        switched.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == org.Subsidiary.Id)
            .GetProperty("lastAccessedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task SwitchCompany_WithoutMembership_IsForbidden()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var tokens = await org.SignInAsync(user);
        var access = tokens.GetProperty("accessToken").GetString();

        using var other = await org.SendAsync(HttpMethod.Post, "/api/auth/switch-company", new { companyId = org.Other.Id }, access);
        using var group = await org.SendAsync(HttpMethod.Post, "/api/auth/switch-company", new { groupView = true }, access);
        using var foreign = await org.SendAsync(HttpMethod.Post, "/api/auth/switch-company", new { companyId = Guid.NewGuid() }, access);

        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        group.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreign.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SwitchCompany_OwnerToGroupView_GetsReadOnlyPermissions()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main, org.Other], owner: true);
        var tokens = await org.SignInAsync(owner);

        using var group = await org.SendAsync(HttpMethod.Post, "/api/auth/switch-company", new { groupView = true }, tokens.GetProperty("accessToken").GetString());
        group.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: (await group.JsonAsync()).GetProperty("accessToken").GetString());
        var body = await me.JsonAsync();

        body.GetProperty("groupView").GetBoolean().ShouldBeTrue();
        var permissions = body.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        permissions.ShouldContain("customers.view");
        permissions.ShouldContain("audit.view");
        permissions.ShouldNotContain("customers.create");
    }

    [Fact]
    public async Task Refresh_RotatesToken_ReplayedOldTokenClosesTheSession()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var tokens = await org.SignInAsync(user);
        var first = tokens.GetProperty("refreshToken").GetString();

        using var refreshed = await org.SendAsync(HttpMethod.Post, "/api/auth/refresh", new { refreshToken = first });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = (await refreshed.JsonAsync()).GetProperty("refreshToken").GetString();
        second.ShouldNotBe(first);

        using var replay = await org.SendAsync(HttpMethod.Post, "/api/auth/refresh", new { refreshToken = first });
        using var afterReplay = await org.SendAsync(HttpMethod.Post, "/api/auth/refresh", new { refreshToken = second });
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: tokens.GetProperty("accessToken").GetString());

        replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        afterReplay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_RevokesAccessAndRefreshTokens()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var tokens = await org.SignInAsync(user);
        var access = tokens.GetProperty("accessToken").GetString();

        using var logout = await org.SendAsync(HttpMethod.Post, "/api/auth/logout", accessToken: access);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: access);
        using var refresh = await org.SendAsync(HttpMethod.Post, "/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });

        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refresh.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sessions_ListsDevices_RevokingOneSignsItOut()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var laptop = (await org.SignInAsync(user)).GetProperty("accessToken").GetString();
        var phone = (await org.SignInAsync(user)).GetProperty("accessToken").GetString();

        using var list = await org.SendAsync(HttpMethod.Get, "/api/auth/sessions", accessToken: laptop);
        var sessions = (await list.JsonAsync()).EnumerateArray().ToList();
        sessions.Count.ShouldBe(2);
        var phoneSession = sessions.Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetGuid();

        using var revoke = await org.SendAsync(HttpMethod.Delete, $"/api/auth/sessions/{phoneSession}", accessToken: laptop);
        using var phoneMe = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: phone);
        using var laptopMe = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: laptop);

        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        phoneMe.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        laptopMe.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sessions_AnotherUsersSession_CannotBeRevoked()
    {
        var org = await Organisation.CreateAsync(factory);
        var alice = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var bob = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var aliceToken = (await org.SignInAsync(alice)).GetProperty("accessToken").GetString();
        var bobToken = (await org.SignInAsync(bob)).GetProperty("accessToken").GetString();
        using var bobList = await org.SendAsync(HttpMethod.Get, "/api/auth/sessions", accessToken: bobToken);
        var bobSession = (await bobList.JsonAsync()).EnumerateArray().Single().GetProperty("id").GetGuid();

        using var revoke = await org.SendAsync(HttpMethod.Delete, $"/api/auth/sessions/{bobSession}", accessToken: aliceToken);
        using var bobMe = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: bobToken);

        revoke.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        bobMe.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(TenantPlacement.Dedicated)]
    [InlineData(TenantPlacement.Shared)]
    public async Task Me_TokenOfTenantA_AgainstTenantB_IsUnauthorized(TenantPlacement placement)
    {
        var a = await Organisation.CreateAsync(factory, placement);
        var b = await Organisation.CreateAsync(factory, placement);
        var user = await a.AddUserAsync(SystemRoles.Owner, [a.Main]);
        var token = await a.TokenForAsync(user, a.Main);

        using var own = await a.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: token);
        using var foreign = await b.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: token);

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreign.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        foreign.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
