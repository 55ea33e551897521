using System.Net;
using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Access;

/// <summary>Forgotten passwords by email, password changes and the user's own profile.</summary>
public sealed class PasswordTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private const string NewPassword = "Baska.Parola-2027";

    [Fact]
    public async Task Forgot_KnownAndUnknownAddress_SameAnswer_OnlyTheAccountGetsALink()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var nobody = $"kimse.{Guid.NewGuid():N}@ajans.example";

        using var known = await org.SendAsync(HttpMethod.Post, "/api/auth/password/forgot", new { email = user.Email });
        using var unknown = await org.SendAsync(HttpMethod.Post, "/api/auth/password/forgot", new { email = nobody });

        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await unknown.Content.ReadAsStringAsync());
        var mail = await MailServer.Instance.WaitForAsync(user.Email);
        mail.Link("/account/reset-password").Query.ShouldContain("token=");
        (await MailServer.Instance.CountAsync(nobody)).ShouldBe(0);
    }

    [Fact]
    public async Task Reset_WithTheMailedLink_SetsPasswordUnlocksClosesSessionsAndWorksOnce()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var session = await org.SignInAsync(user);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = $"Wrong.Password-{i}" });
        }

        var token = await RequestResetAsync(org, user);
        using var reset = await org.SendAsync(HttpMethod.Post, "/api/auth/password/reset", new { email = user.Email, token, newPassword = NewPassword });
        using var reused = await org.SendAsync(HttpMethod.Post, "/api/auth/password/reset", new { email = user.Email, token, newPassword = NewPassword + "x" });
        using var oldSession = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: session.GetProperty("accessToken").GetString());
        using var oldPassword = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = Organisation.Password });
        var signedIn = await org.SignInAsync(user with { Password = NewPassword });

        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        reused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reused.JsonAsync()).GetProperty("errors").GetProperty("token")[0].GetString()!.ShouldContain("geçersiz");
        oldSession.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        oldPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        signedIn.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        (await AuditActionsAsync(org)).ShouldContain("PASSWORD_RESET");
    }

    [Fact]
    public async Task Reset_ForgedTokenOrWeakPassword_GetsFieldErrors()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await RequestResetAsync(org, user);

        using var forged = await org.SendAsync(HttpMethod.Post, "/api/auth/password/reset", new { email = user.Email, token = "CfDJ8-forged", newPassword = NewPassword });
        using var weak = await org.SendAsync(HttpMethod.Post, "/api/auth/password/reset", new { email = user.Email, token, newPassword = "password" });
        using var stillValid = await org.SendAsync(HttpMethod.Post, "/api/auth/password/reset", new { email = user.Email, token, newPassword = NewPassword });

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.JsonAsync()).GetProperty("errors").TryGetProperty("token", out _).ShouldBeTrue();
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await weak.JsonAsync()).GetProperty("errors").GetProperty("newPassword").EnumerateArray().Select(e => e.GetString())
            .ShouldContain("Parolada en az bir rakam olmalı.");
        stillValid.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Forgot_TooManyRequestsFromOneAddress_Gets429_OnTheApiAndThePage()
    {
        await using var strict = MetaHubFactory.Create("Development", new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["MetaHub:Auth:SignInAttemptsPerMinute"] = "2",
        });
        var org = await Organisation.CreateAsync(strict);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await org.SendAsync(HttpMethod.Post, "/api/auth/password/forgot", new { email = "x@ajans.example" });
            statuses.Add(response.StatusCode);
        }

        using var page = await org.SendAsync(HttpMethod.Get, "/account/forgot-password");

        statuses.ShouldBe([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests]);
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Change_ChecksTheCurrentPassword_AndClosesTheOtherSessions()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var here = (await org.SignInAsync(user)).GetProperty("accessToken").GetString();
        var elsewhere = (await org.SignInAsync(user)).GetProperty("accessToken").GetString();

        using var wrong = await org.SendAsync(HttpMethod.Post, "/api/auth/password", new { currentPassword = "Not.The-Password1", newPassword = NewPassword }, here);
        using var change = await org.SendAsync(HttpMethod.Post, "/api/auth/password", new { currentPassword = Organisation.Password, newPassword = NewPassword }, here);
        using var stillHere = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: here);
        using var goneElsewhere = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: elsewhere);

        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.JsonAsync()).GetProperty("errors").GetProperty("currentPassword")[0].GetString().ShouldBe("Mevcut parola yanlış.");
        change.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        stillHere.StatusCode.ShouldBe(HttpStatusCode.OK);
        goneElsewhere.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await org.SignInAsync(user with { Password = NewPassword })).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        await using var db = await org.Factory.OpenAsync(org.Tenant);
        var audited = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "PASSWORD_CHANGED");
        audited.UserId.ShouldBe(user.Id);
        audited.CorrelationId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Profile_Update_ValidatesAndShowsInMe()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Intern, [org.Main]);
        var token = (await org.SignInAsync(user)).GetProperty("accessToken").GetString();

        using var bad = await org.SendAsync(HttpMethod.Put, "/api/auth/profile", new { firstName = "", lastName = "Kaya", phoneNumber = "call me" }, token);
        using var good = await org.SendAsync(HttpMethod.Put, "/api/auth/profile", new { firstName = "Zeynep", lastName = "Kaya", phoneNumber = "+90 555 000 00 00" }, token);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: token);
        using var profile = await org.SendAsync(HttpMethod.Get, "/api/auth/profile", accessToken: token);

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.JsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["firstName", "phoneNumber"], ignoreOrder: true);
        good.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.JsonAsync()).GetProperty("user").GetProperty("firstName").GetString().ShouldBe("Zeynep");
        var stored = await profile.JsonAsync();
        stored.GetProperty("email").GetString().ShouldBe(user.Email);
        stored.GetProperty("phoneNumber").GetString().ShouldBe("+90 555 000 00 00");
    }

    private static async Task<string> RequestResetAsync(Organisation org, TestUser user)
    {
        using var forgot = await org.SendAsync(HttpMethod.Post, "/api/auth/password/forgot", new { email = user.Email });
        forgot.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var link = (await MailServer.Instance.WaitForAsync(user.Email)).Link("/account/reset-password");
        return Uri.UnescapeDataString(link.Query.Split("token=")[1]);
    }

    private static async Task<List<string>> AuditActionsAsync(Organisation org)
    {
        await using var db = await org.Factory.OpenAsync(org.Tenant);
        return await db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }
}
