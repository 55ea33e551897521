using System.Net;
using MetaHub.IntegrationTests.Infrastructure;

namespace MetaHub.IntegrationTests.Operators;

/// <summary>What an operator's tokens open, and when they stop: refresh rotation, logout, deactivation.</summary>
public sealed class OperatorSessionTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly PlatformOperators operators = new(factory);

    [Fact]
    public async Task Refresh_GivesNewTokens_TheOldRefreshTokenIsRefused_AndItsReplayClosesTheSession()
    {
        var account = await operators.AddAsync(enrolled: true);
        var first = await operators.SignInAsync(account);
        var oldRefresh = first.GetProperty("refreshToken").GetString();

        using var refreshed = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/refresh", new { refreshToken = oldRefresh });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await refreshed.JsonAsync();
        var newRefresh = second.GetProperty("refreshToken").GetString();
        newRefresh.ShouldNotBe(oldRefresh);
        using (var me = await operators.SendAsync(HttpMethod.Get, "/api/platform/auth/me", accessToken: second.GetProperty("accessToken").GetString()))
        {
            me.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var replayed = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/refresh", new { refreshToken = oldRefresh });
        using var afterReplay = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/refresh", new { refreshToken = newRefresh });
        using var tokenAfterReplay = await operators.SendAsync(HttpMethod.Get, "/api/platform/auth/me", accessToken: second.GetProperty("accessToken").GetString());

        replayed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        afterReplay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        tokenAfterReplay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await operators.AuditAsync(account.Email)).ShouldContain(e => e.Action == "SESSION_REVOKED");
    }

    [Fact]
    public async Task Logout_ClosesTheSession_ItsAccessAndRefreshTokensStopWorking()
    {
        var account = await operators.AddAsync(enrolled: true);
        var tokens = await operators.SignInAsync(account);
        var access = tokens.GetProperty("accessToken").GetString();

        using var logout = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/logout", accessToken: access);
        using var me = await operators.SendAsync(HttpMethod.Get, "/api/platform/auth/me", accessToken: access);
        using var refresh = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });

        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refresh.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await operators.AuditAsync(account.Email)).Single(e => e.Action == "LOGOUT").OperatorId.ShouldBe(account.Id);
    }

    [Fact]
    public async Task DeactivatedOperator_TokenAndRefreshRefused_AndCannotSignInAgain()
    {
        var account = await operators.AddAsync(enrolled: true);
        var tokens = await operators.SignInAsync(account);
        var access = tokens.GetProperty("accessToken").GetString();
        using (var before = await operators.SendAsync(HttpMethod.Get, "/api/platform/tenants", accessToken: access))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await operators.SetActiveAsync(account, active: false);
        using var after = await operators.SendAsync(HttpMethod.Get, "/api/platform/tenants", accessToken: access);
        using var refresh = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        using var login = await operators.LoginAsync(account.Email);

        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refresh.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tenants_OperatorToken_ListsTenantsWithSearchSortAndPaging()
    {
        var account = await operators.AddAsync(enrolled: true);
        var access = (await operators.SignInAsync(account)).GetProperty("accessToken").GetString();
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var name in new[] { "Alfa", "Beta", "Gama" })
        {
            await factory.CreateTenantAsync(name: $"{name} {marker}");
        }

        using var page = await operators.SendAsync(HttpMethod.Get, $"/api/platform/tenants?search={marker.ToUpperInvariant()}&sort=-name&page=2&pageSize=2", accessToken: access);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await page.JsonAsync();
        body.GetProperty("total").GetInt32().ShouldBe(3);
        var item = body.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("name").GetString().ShouldBe($"Alfa {marker}");
        item.GetProperty("status").GetString().ShouldBe("Active");
        item.GetProperty("slug").GetString().ShouldStartWith("t-");
    }
}
