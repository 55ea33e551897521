using System.Net;
using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace MetaHub.IntegrationTests.Access;

/// <summary>POST /api/auth/login, /2fa and enrolment, as a user meets them.</summary>
public sealed class SignInTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Login_UserWithoutSecondFactorWhenPolicyAllows_ReturnsTokens()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);

        var tokens = await org.SignInAsync(user);

        tokens.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeFalse();
        tokens.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        tokens.GetProperty("refreshToken").GetString().ShouldNotBeNullOrEmpty();
        tokens.GetProperty("expiresIn").GetInt32().ShouldBe(900);
        var history = await LoginHistoryAsync(org, user);
        history.ShouldHaveSingleItem().Status.ShouldBe(LoginStatus.Succeeded);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownEmail_SameGenericAnswer()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);

        using var wrong = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = "Wrong.Password-1" });
        using var unknown = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = "nobody@ajans.example", password = "Wrong.Password-1" });

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var wrongDetail = (await wrong.JsonAsync()).GetProperty("detail").GetString();
        wrongDetail.ShouldBe((await unknown.JsonAsync()).GetProperty("detail").GetString());
        wrongDetail!.ShouldContain("hatalı");
        (await LoginHistoryAsync(org, user)).ShouldHaveSingleItem().Status.ShouldBe(LoginStatus.Failed);
        (await AuditActionsAsync(org)).Count(a => a == "LOGIN_FAILED").ShouldBe(2);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksAccountEvenForTheRightPassword()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = $"Wrong.Password-{i}" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var right = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = Organisation.Password });

        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginHistoryAsync(org, user)).Select(a => a.Status).ShouldContain(LoginStatus.LockedOut);
    }

    [Fact]
    public async Task TwoFactor_CorrectCode_SignsIn_WrongCodeFails_ReusedCodeRefused()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main], twoFactor: true);

        var ticket = await TicketAsync(org, user);
        var code = Totp.Code(user.AuthenticatorKey!, DateTimeOffset.UtcNow);
        using var wrong = await org.SendAsync(HttpMethod.Post, "/api/auth/2fa", new { twoFactorToken = ticket, code = code == "123456" ? "654321" : "123456" });
        using var right = await org.SendAsync(HttpMethod.Post, "/api/auth/2fa", new { twoFactorToken = ticket, code });
        using var reused = await org.SendAsync(HttpMethod.Post, "/api/auth/2fa", new { twoFactorToken = await TicketAsync(org, user), code });

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.JsonAsync()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        reused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AuditActionsAsync(org)).Count(a => a == "TWO_FACTOR_FAILED").ShouldBe(2);
        var history = await LoginHistoryAsync(org, user);
        history.ShouldContain(a => a.Status == LoginStatus.Succeeded && a.TwoFactorMethod == TwoFactorMethod.Authenticator);
    }

    [Fact]
    public async Task TwoFactor_ExpiredOrForgedToken_AsksToStartAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var clocked = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time))));
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main], twoFactor: true);
        using var login = await Send(clocked, org, "/api/auth/login", new { email = user.Email, password = Organisation.Password });
        var ticket = (await login.JsonAsync()).GetProperty("twoFactorToken").GetString();

        time.Advance(TimeSpan.FromMinutes(6));
        using var expired = await Send(clocked, org, "/api/auth/2fa", new { twoFactorToken = ticket, code = Totp.Code(user.AuthenticatorKey!, time.GetUtcNow()) });
        using var forged = await Send(clocked, org, "/api/auth/2fa", new { twoFactorToken = "CfDJ8-not-a-ticket", code = "123456" });

        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await expired.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("süresi doldu");
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TwoFactor_RecoveryCode_WorksOnce()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main], twoFactor: true);
        string code;
        await using (var scope = await factory.ScopeAsync(org.Tenant))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10))!.First();
        }

        using var first = await org.SendAsync(HttpMethod.Post, "/api/auth/2fa", new { twoFactorToken = await TicketAsync(org, user), recoveryCode = code });
        using var second = await org.SendAsync(HttpMethod.Post, "/api/auth/2fa", new { twoFactorToken = await TicketAsync(org, user), recoveryCode = code });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginHistoryAsync(org, user)).ShouldContain(a => a.TwoFactorMethod == TwoFactorMethod.RecoveryCode && a.Status == LoginStatus.Succeeded);
    }

    [Fact]
    public async Task Enrolment_PolicyRequiresSecondFactor_FirstLoginEnrolsWithQrAndRecoveryCodes()
    {
        var org = await Organisation.CreateAsync(factory, requireTwoFactor: true);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);

        using var login = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = Organisation.Password });
        var step = await login.JsonAsync();
        step.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeTrue();
        step.GetProperty("requiresEnrollment").GetBoolean().ShouldBeTrue();
        step.GetProperty("accessToken").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var ticket = step.GetProperty("twoFactorToken").GetString();

        using var enroll = await org.SendAsync(HttpMethod.Post, "/api/auth/2fa/enroll", new { twoFactorToken = ticket });
        var enrolment = await enroll.JsonAsync();
        enrolment.GetProperty("qrCode").GetString()!.ShouldStartWith("data:image/png;base64,");
        enrolment.GetProperty("authenticatorUri").GetString()!.ShouldStartWith("otpauth://totp/");
        var key = enrolment.GetProperty("sharedKey").GetString()!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        using var confirm = await org.SendAsync(HttpMethod.Post, "/api/auth/2fa/enroll/confirm", new { twoFactorToken = ticket, code = Totp.Code(key, DateTimeOffset.UtcNow) });
        confirm.StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await confirm.JsonAsync();
        done.GetProperty("recoveryCodes").GetArrayLength().ShouldBe(10);
        done.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();

        using var again = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = Organisation.Password });
        var next = await again.JsonAsync();
        next.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeTrue();
        next.GetProperty("requiresEnrollment").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Login_AddressOutsideAllowList_IsRefused()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        await using (var catalog = await factory.CatalogAsync())
        {
            var tenant = await catalog.Tenants.SingleAsync(t => t.Id == org.Tenant.Id);
            tenant.IpAllowList = ["10.20.0.0/16"];
            await catalog.SaveChangesAsync();
        }

        using var login = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = Organisation.Password });

        login.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await LoginHistoryAsync(org, null)).ShouldContain(a => a.Status == LoginStatus.NetworkRefused);
    }

    [Fact]
    public async Task Login_TooManyAttemptsFromOneAddress_Gets429()
    {
        await using var strict = MetaHubFactory.Create("Development", new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["MetaHub:Auth:SignInAttemptsPerMinute"] = "3",
        });
        var org = await Organisation.CreateAsync(strict);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = "x@ajans.example", password = "Wrong.Password-1" });
            statuses.Add(response.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
    }

    private static async Task<string> TicketAsync(Organisation org, TestUser user)
    {
        using var login = await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = Organisation.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await login.JsonAsync()).GetProperty("twoFactorToken").GetString()!;
    }

    private static async Task<HttpResponseMessage> Send(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, Organisation org, string path, object body)
    {
        using var request = org.Request(HttpMethod.Post, path, body);
        return await host.CreateClient().SendAsync(request);
    }

    private static async Task<List<LoginAttempt>> LoginHistoryAsync(Organisation org, TestUser? user)
    {
        await using var db = await org.Factory.OpenAsync(org.Tenant);
        return await db.Set<LoginAttempt>().Where(a => user == null || a.UserId == user.Id).OrderBy(a => a.CreatedAt).ToListAsync();
    }

    private static async Task<List<string>> AuditActionsAsync(Organisation org)
    {
        await using var db = await org.Factory.OpenAsync(org.Tenant);
        return await db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }
}
