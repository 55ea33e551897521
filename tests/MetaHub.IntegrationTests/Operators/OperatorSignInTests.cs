using System.Net;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;

namespace MetaHub.IntegrationTests.Operators;

/// <summary>An operator's sign-in through <c>/api/platform/auth</c>: a second factor always, as an operator meets it.</summary>
public sealed class OperatorSignInTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly PlatformOperators operators = new(factory);

    [Fact]
    public async Task Login_OperatorWithoutAuthenticator_MustEnrolAndGetsNoTokens()
    {
        var account = await operators.AddAsync();

        using var login = await operators.LoginAsync(account.Email);

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var step = await login.JsonAsync();
        step.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeTrue();
        step.GetProperty("requiresEnrollment").GetBoolean().ShouldBeTrue();
        step.GetProperty("twoFactorToken").GetString().ShouldNotBeNullOrEmpty();
        step.GetProperty("accessToken").ValueKind.ShouldBe(JsonValueKind.Null);
        step.GetProperty("refreshToken").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Enrolment_FirstCode_GivesTokensAndRecoveryCodes_ThenEverySignInAsksForTheCode()
    {
        var account = await operators.AddAsync();
        using var login = await operators.LoginAsync(account.Email);
        var ticket = (await login.JsonAsync()).GetProperty("twoFactorToken").GetString();

        using var enroll = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/2fa/enroll", new { twoFactorToken = ticket });
        var enrolment = await enroll.JsonAsync();
        enrolment.GetProperty("qrCode").GetString()!.ShouldStartWith("data:image/png;base64,");
        enrolment.GetProperty("authenticatorUri").GetString()!.ShouldStartWith("otpauth://totp/");
        var key = enrolment.GetProperty("sharedKey").GetString()!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        using var confirm = await operators.SendAsync(
            HttpMethod.Post, "/api/platform/auth/2fa/enroll/confirm", new { twoFactorToken = ticket, code = Totp.Code(key, DateTimeOffset.UtcNow) });

        confirm.StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await confirm.JsonAsync();
        done.GetProperty("recoveryCodes").GetArrayLength().ShouldBe(10);
        done.GetProperty("expiresIn").GetInt32().ShouldBe(900);
        using var me = await operators.SendAsync(HttpMethod.Get, "/api/platform/auth/me", accessToken: done.GetProperty("accessToken").GetString());
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        var profile = await me.JsonAsync();
        profile.GetProperty("email").GetString().ShouldBe(account.Email);
        profile.GetProperty("twoFactorEnabled").GetBoolean().ShouldBeTrue();

        using var again = await operators.LoginAsync(account.Email);
        var next = await again.JsonAsync();
        next.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeTrue();
        next.GetProperty("requiresEnrollment").GetBoolean().ShouldBeFalse();
        (await operators.AuditAsync(account.Email)).Select(e => e.Action).ShouldBe(["TWO_FACTOR_ENABLED", "LOGIN"], ignoreOrder: true);
    }

    [Fact]
    public async Task TwoFactor_CorrectCode_SignsIn_WrongCodeFails_ReusedCodeRefused()
    {
        var account = await operators.AddAsync(enrolled: true);
        var ticket = await operators.TicketAsync(account);
        var code = Totp.Code(account.AuthenticatorKey!, DateTimeOffset.UtcNow);

        using var wrong = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/2fa", new { twoFactorToken = ticket, code = code == "123456" ? "654321" : "123456" });
        using var right = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/2fa", new { twoFactorToken = ticket, code });
        using var reused = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/2fa", new { twoFactorToken = await operators.TicketAsync(account), code });

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("hatalı");
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = await right.JsonAsync();
        tokens.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        tokens.GetProperty("refreshToken").GetString().ShouldNotBeNullOrEmpty();
        reused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var audit = await operators.AuditAsync(account.Email);
        audit.Count(e => e.Action == "TWO_FACTOR_FAILED").ShouldBe(2);
        audit.ShouldContain(e => e.Action == "LOGIN" && e.OperatorId == account.Id && e.Details!.Contains("\"Authenticator\""));
    }

    [Fact]
    public async Task TwoFactor_ForgedTicket_AsksToStartAgain()
    {
        using var forged = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/2fa", new { twoFactorToken = "CfDJ8-not-a-ticket", code = "123456" });

        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await forged.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("süresi doldu");
    }

    [Fact]
    public async Task TwoFactor_RecoveryCode_WorksOnce()
    {
        var account = await operators.AddAsync(enrolled: true);
        var code = account.RecoveryCodes[3];

        using var first = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/2fa", new { twoFactorToken = await operators.TicketAsync(account), recoveryCode = code });
        using var second = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/2fa", new { twoFactorToken = await operators.TicketAsync(account), recoveryCode = code });
        using var another = await operators.SendAsync(
            HttpMethod.Post, "/api/platform/auth/2fa", new { twoFactorToken = await operators.TicketAsync(account), recoveryCode = account.RecoveryCodes[4].ToLowerInvariant() });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.JsonAsync()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        second.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        another.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await operators.AuditAsync(account.Email)).Count(e => e.Action == "LOGIN" && e.Details!.Contains("\"RecoveryCode\"")).ShouldBe(2);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownEmail_SameAnswer_BothAudited()
    {
        var account = await operators.AddAsync(enrolled: true);
        var unknownEmail = $"nobody.{Guid.NewGuid():N}@metahub.example";

        using var wrong = await operators.LoginAsync(account.Email, "Wrong.Password-1");
        using var unknown = await operators.LoginAsync(unknownEmail, "Wrong.Password-1");

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.JsonAsync()).GetProperty("detail").GetString().ShouldBe((await unknown.JsonAsync()).GetProperty("detail").GetString());
        var failed = (await operators.AuditAsync(account.Email)).ShouldHaveSingleItem();
        failed.Action.ShouldBe("LOGIN_FAILED");
        failed.OperatorId.ShouldBe(account.Id);
        failed.Module.ShouldBe("platform");
        failed.CorrelationId.ShouldNotBeNull();
        failed.TenantId.ShouldBeNull();
        var stranger = (await operators.AuditAsync(unknownEmail)).ShouldHaveSingleItem();
        stranger.Action.ShouldBe("LOGIN_FAILED");
        stranger.OperatorId.ShouldBeNull();
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var account = await operators.AddAsync(enrolled: true);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await operators.LoginAsync(account.Email, $"Wrong.Password-{i}");
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var right = await operators.LoginAsync(account.Email);

        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var audit = await operators.AuditAsync(account.Email);
        audit.Count(e => e.Action == "LOGIN_FAILED").ShouldBe(6);
        audit.Count(e => e.Details!.Contains("\"LockedOut\"")).ShouldBe(2);
        await using var catalog = await factory.CatalogAsync();
        catalog.PlatformOperators.Single(o => o.Id == account.Id).LockoutEnd.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(14));
    }
}
