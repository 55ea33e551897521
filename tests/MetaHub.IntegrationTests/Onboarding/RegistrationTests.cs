using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>Self-service sign-up (SPEC §3.1–3.2): register, verify by code or link, resend — over the real mail server.</summary>
public sealed class RegistrationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Register_ValidSignUp_KeepsPendingRegistrationWithHashesAndMailsCodeAndLink()
    {
        var form = SignUpForm.New();

        using var response = await form.PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var body = await response.JsonAsync();
        var id = body.GetProperty("registrationId").GetGuid();
        body.GetProperty("email").GetString().ShouldBe(form.Email);
        var expires = body.GetProperty("codeExpiresAt").GetDateTime();
        var resend = body.GetProperty("resendAvailableAt").GetDateTime();
        (expires - DateTime.UtcNow).TotalMinutes.ShouldBeInRange(14, 15.5);
        (resend - DateTime.UtcNow).TotalSeconds.ShouldBeInRange(50, 61);

        var mail = await form.MailAsync();
        var code = SignUpForm.CodeIn(mail);
        var token = SignUpForm.TokenIn(mail);
        code.Length.ShouldBe(6);
        mail.Text!.ShouldContain("Merhaba Ayşe");
        mail.Html!.ShouldContain(code);
        mail.Link("/verify-email").Query.ShouldContain("email=" + Uri.EscapeDataString(form.Email));

        var stored = await RegistrationAsync(form.Email);
        stored.Id.ShouldBe(id);
        stored.Status.ShouldBe(RegistrationStatus.PendingVerification);
        stored.Slug.ShouldBe(form.DerivedSlug);
        stored.TeamName.ShouldBe(form.TeamName);
        stored.Culture.ShouldBe("tr-TR");
        stored.CodesSent.ShouldBe(1);
        stored.CodeHash.ShouldNotBeNull().ShouldNotContain(code);
        stored.TokenHash.ShouldNotBeNull().ShouldNotContain(token);
        stored.CodeHash.Length.ShouldBe(64);
        using var scope = factory.Services.CreateScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>();
        var admin = new User { Email = form.Email, UserName = form.Email, FirstName = "Ayşe", LastName = "Yılmaz" };
        hasher.VerifyHashedPassword(admin, stored.AdminPasswordHash, form.Password).ShouldBe(PasswordVerificationResult.Success);
    }

    [Fact]
    public async Task Register_EnglishSpeaker_GetsTheMailAndRefusalsInEnglish()
    {
        var form = SignUpForm.New();

        using var bad = await SendAsync(SignUpForm.RegisterPath, form with { Slug = "admin" }, "en-US");
        using var good = await SendAsync(SignUpForm.RegisterPath, form, "en-US");

        (await ErrorsAsync(bad, "slug")).ShouldBe(["\"admin\" is reserved; choose another address."]);
        good.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await form.MailAsync()).Subject.ShouldBe("Your MetaHub verification code");
        (await RegistrationAsync(form.Email)).Culture.ShouldBe("en-US");
    }

    [Fact]
    public async Task Register_EmailOfAVerifiedSignUp_RefusedAsDuplicate()
    {
        var first = SignUpForm.New();
        await RegisterAndVerifyAsync(first);

        using var again = await (SignUpForm.New() with { Email = first.Email.ToUpperInvariant() }).PostAsync(client);

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(again, "email")).ShouldBe(["Bu e-posta adresiyle zaten bir çalışma alanı kaydı var. Giriş yapmayı deneyin."]);
    }

    [Fact]
    public async Task Register_SlugOfAnExistingTenant_Refused()
    {
        var tenant = await factory.CreateTenantAsync();

        using var response = await (SignUpForm.New() with { Slug = tenant.Slug }).PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response, "slug")).ShouldBe([$"\"{tenant.Slug}\" adresi kullanılıyor; başka bir adres seçin."]);
    }

    [Fact]
    public async Task Register_SlugOfAnotherPendingSignUp_Refused()
    {
        var first = SignUpForm.New();
        using var taken = await first.PostAsync(client);
        taken.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        using var response = await (SignUpForm.New() with { Slug = first.DerivedSlug }).PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response, "slug")).ShouldBe([$"\"{first.DerivedSlug}\" adresi kullanılıyor; başka bir adres seçin."]);
    }

    [Fact]
    public async Task Register_SlugOfASignUpWhoseCodeExpiredUnverified_IsGivenToTheNewSignUp()
    {
        var abandoned = SignUpForm.New();
        using (var first = await abandoned.PostAsync(client))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var oldMail = await abandoned.MailAsync();
        await using (var db = await factory.CatalogAsync())
        {
            await db.TenantRegistrations.Where(r => r.Email == abandoned.Email)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CodeExpiresAt, DateTime.UtcNow.AddSeconds(-1)));
        }

        var newcomer = SignUpForm.New() with { Slug = abandoned.DerivedSlug };
        using var response = await newcomer.PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await RegistrationAsync(newcomer.Email)).Slug.ShouldBe(abandoned.DerivedSlug);
        await using var check = await factory.CatalogAsync();
        (await check.TenantRegistrations.AnyAsync(r => r.Email == abandoned.Email)).ShouldBeFalse();
        using var late = await VerifyAsync(new { email = abandoned.Email, token = SignUpForm.TokenIn(oldMail) });
        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Register_SameSlugTwiceAtTheSameMoment_OneSignUpKeepsIt()
    {
        var forms = Enumerable.Range(0, 6).Select(_ => SignUpForm.New()).ToList();
        var slug = forms[0].DerivedSlug;

        var responses = await Task.WhenAll(forms.Select(async form =>
        {
            using var answer = await (form with { Slug = slug }).PostAsync(factory.CreateClient());
            return answer.StatusCode;
        }));

        responses.Count(s => s == HttpStatusCode.Accepted).ShouldBe(1);
        responses.Count(s => s == HttpStatusCode.BadRequest).ShouldBe(forms.Count - 1);
        await using var check = await factory.CatalogAsync();
        (await check.TenantRegistrations.CountAsync(r => r.Slug == slug)).ShouldBe(1);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("www")]
    [InlineData("metahub")]
    [InlineData("Register")]
    public async Task Register_ReservedSlug_Refused(string slug)
    {
        using var response = await (SignUpForm.New() with { Slug = slug }).PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response, "slug")).ShouldBe([$"\"{slug.ToLowerInvariant()}\" adresi ayrılmış; başka bir adres seçin."]);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("-ajans")]
    [InlineData("ajans-")]
    [InlineData("çiçek")]
    [InlineData("kötü_slug!")]
    [InlineData("a-very-long-address-that-goes-past-forty-chars")]
    public async Task Register_MalformedSlug_Refused(string slug)
    {
        using var response = await (SignUpForm.New() with { Slug = slug }).PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response, "slug")).ShouldBe(["Adres 3–40 karakter olmalı; yalnızca küçük harf (a–z), rakam ve arada tire içerebilir."]);
    }

    [Fact]
    public async Task Register_WeakPassword_GetsTheTurkishPolicyMessages()
    {
        var form = SignUpForm.New() with { Password = "kisa" };

        using var response = await form.PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response, "password")).ShouldBe(
            ["Parola en az 10 karakter olmalı.", "Parolada en az bir rakam olmalı.", "Parolada en az bir büyük harf olmalı."], ignoreOrder: true);
        (await MailServer.Instance.CountAsync(form.Email)).ShouldBe(0);
    }

    [Fact]
    public async Task Register_TermsAndPrivacyNotAccepted_BothRefused()
    {
        using var response = await (SignUpForm.New() with { AcceptTerms = false, AcceptPrivacy = false }).PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response, "acceptTerms")).ShouldBe(["Devam etmek için kullanım koşullarını kabul edin."]);
        (await ErrorsAsync(response, "acceptPrivacy")).ShouldBe(["Devam etmek için gizlilik politikasını kabul edin."]);
    }

    [Fact]
    public async Task Register_MissingNames_RefusedForEachName()
    {
        using var response = await (SignUpForm.New() with { FirstName = "", LastName = "  ", TeamName = "" }).PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["firstName", "lastName", "teamName"], ignoreOrder: true);
        errors.GetProperty("firstName")[0].GetString().ShouldBe("Zorunlu alan; en fazla 100 karakter.");
        errors.GetProperty("teamName")[0].GetString().ShouldBe("Takım adı zorunludur; en fazla 200 karakter.");
    }

    [Fact]
    public async Task Register_EverythingWrong_ReportsEveryFieldAtOnce()
    {
        var form = new SignUpForm("not-an-email", "password", "", new string('x', 101), new string('t', 201), "api", false, false);

        using var response = await form.PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(
            ["email", "password", "firstName", "lastName", "teamName", "slug", "acceptTerms", "acceptPrivacy"], ignoreOrder: true);
    }

    [Fact]
    public async Task Register_AgainWhileThePendingOneCoolsDown_Gets429()
    {
        var form = SignUpForm.New();
        using var first = await form.PostAsync(client);

        using var again = await form.PostAsync(client);

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        again.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await again.JsonAsync()).GetProperty("retryAfterSeconds").GetInt32().ShouldBeInRange(1, 60);
    }

    [Fact]
    public async Task Register_AgainAfterTheCooldown_ReplacesThePendingSignUpAndItsCode()
    {
        var form = SignUpForm.New();
        using var first = await form.PostAsync(client);
        var oldCode = SignUpForm.CodeIn(await form.MailAsync());
        await CoolDownAsync(form.Email);

        using var second = await (form with { Slug = form.DerivedSlug + "-yeni" }).PostAsync(client);
        var newCode = SignUpForm.CodeIn(await form.MailAsync(mails: 2));

        second.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var secondId = (await second.JsonAsync()).GetProperty("registrationId").GetGuid();
        secondId.ShouldNotBe((await first.JsonAsync()).GetProperty("registrationId").GetGuid());
        await using (var db = await factory.CatalogAsync())
        {
            (await db.TenantRegistrations.Where(r => r.Email == form.Email).Select(r => r.Id).ToListAsync()).ShouldBe([secondId]);
        }

        if (oldCode != newCode)
        {
            using var old = await VerifyAsync(new { email = form.Email, code = oldCode });
            old.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using var verified = await VerifyAsync(new { email = form.Email, code = newCode });
        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RegistrationAsync(form.Email)).Slug.ShouldBe(form.DerivedSlug + "-yeni");
    }

    [Fact]
    public async Task Verify_CodeFromTheMail_VerifiesAndAnswersSuccessIdAndMessage()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        var id = (await registered.JsonAsync()).GetProperty("registrationId").GetGuid();
        var code = SignUpForm.CodeIn(await form.MailAsync());

        using var response = await VerifyAsync(new { email = form.Email, code });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        body.GetProperty("registrationId").GetGuid().ShouldBe(id);
        body.GetProperty("message").GetString().ShouldBe("E-posta doğrulandı. Çalışma alanınız hazırlanıyor…");
        var stored = await RegistrationAsync(form.Email);
        stored.Status.ShouldBe(RegistrationStatus.Provisioning);
        stored.EmailVerifiedAt.ShouldNotBeNull();
        stored.CodeHash.ShouldBeNull();
        stored.TokenHash.ShouldBeNull();
    }

    [Fact]
    public async Task Verify_TokenFromTheLinkAlone_Verifies()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        var token = SignUpForm.TokenIn(await form.MailAsync());

        using var response = await VerifyAsync(new { token });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("registrationId").GetGuid()
            .ShouldBe((await registered.JsonAsync()).GetProperty("registrationId").GetGuid());
        (await RegistrationAsync(form.Email)).Status.ShouldBe(RegistrationStatus.Provisioning);
    }

    [Fact]
    public async Task Verify_Success_CreatesNoTenantAndNoTenantDatabase()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        var code = SignUpForm.CodeIn(await form.MailAsync());
        var before = await TenantCountsAsync();

        using var response = await VerifyAsync(new { email = form.Email, code });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TenantCountsAsync()).ShouldBe(before);
        (await RegistrationAsync(form.Email)).TenantId.ShouldBeNull();
    }

    [Fact]
    public async Task Verify_WrongCodes_CountDown_AndTheSixthTryIsRefusedEvenWithTheRightCode()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        var code = SignUpForm.CodeIn(await form.MailAsync());
        var wrong = code == "000000" ? "111111" : "000000";

        var messages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await VerifyAsync(new { email = form.Email, code = wrong });
            attempt.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            messages.AddRange(await ErrorsAsync(attempt, "code"));
        }

        using var sixth = await VerifyAsync(new { email = form.Email, code });

        messages.ShouldBe([
            "Kod hatalı. 4 deneme hakkınız kaldı.",
            "Kod hatalı. 3 deneme hakkınız kaldı.",
            "Kod hatalı. 2 deneme hakkınız kaldı.",
            "Kod hatalı. 1 deneme hakkınız kaldı.",
            "Çok fazla hatalı deneme yapıldı; bu kod artık geçersiz. Yeni bir kod isteyin.",
        ]);
        sixth.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(sixth, "code")).ShouldBe(["Çok fazla hatalı deneme yapıldı; bu kod artık geçersiz. Yeni bir kod isteyin."]);
        var stored = await RegistrationAsync(form.Email);
        stored.FailedAttempts.ShouldBe(5);
        stored.Status.ShouldBe(RegistrationStatus.PendingVerification);
    }

    [Fact]
    public async Task Verify_ExpiredCodeOrLink_Refused()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        var mail = await form.MailAsync();
        await using (var db = await factory.CatalogAsync())
        {
            await db.TenantRegistrations.Where(r => r.Email == form.Email)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CodeExpiresAt, DateTime.UtcNow.AddSeconds(-1)));
        }

        using var byCode = await VerifyAsync(new { email = form.Email, code = SignUpForm.CodeIn(mail) });
        using var byLink = await VerifyAsync(new { email = form.Email, token = SignUpForm.TokenIn(mail) });

        byCode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(byCode, "code")).ShouldBe(["Kodun süresi doldu. Yeni bir kod isteyin."]);
        byLink.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(byLink, "token")).ShouldBe(["Doğrulama bağlantısının süresi doldu. Yeni bir kod isteyin."]);
        (await RegistrationAsync(form.Email)).Status.ShouldBe(RegistrationStatus.PendingVerification);
    }

    [Fact]
    public async Task Verify_CodeOrLinkUsedAgainAfterSuccess_Refused()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        var mail = await form.MailAsync();
        var code = SignUpForm.CodeIn(mail);
        var token = SignUpForm.TokenIn(mail);
        using var first = await VerifyAsync(new { email = form.Email, code });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var codeAgain = await VerifyAsync(new { email = form.Email, code });
        using var linkAgain = await VerifyAsync(new { token });

        codeAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await codeAgain.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Bu e-posta adresi zaten doğrulandı.");
        linkAgain.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(linkAgain, "token")).ShouldBe(
            ["Doğrulama bağlantısı geçersiz ya da daha önce kullanılmış. Kodu girin ya da yeni bir kod isteyin."]);
    }

    [Fact]
    public async Task Verify_UnknownAddressOrMissingCode_Refused()
    {
        using var unknown = await VerifyAsync(new { email = $"kimse.{Guid.NewGuid():N}@ajans.example", code = "123456" });
        using var noCode = await VerifyAsync(new { email = "biri@ajans.example" });
        using var codeAlone = await VerifyAsync(new { code = "123456" });

        (await ErrorsAsync(unknown, "email")).ShouldBe(["Bu adresle doğrulama bekleyen bir kayıt yok. Adresi kontrol edin ya da yeniden kayıt olun."]);
        (await ErrorsAsync(noCode, "code")).ShouldBe(["E-postanıza gönderilen 6 haneli kodu girin."]);
        (await ErrorsAsync(codeAlone, "email")).ShouldBe(["Kodun gönderildiği e-posta adresini girin."]);
    }

    [Fact]
    public async Task Resend_DuringTheCooldown_Gets429WithRetryAfterSeconds()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);

        using var response = await SendAsync(SignUpForm.ResendPath, new { email = form.Email });

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var problem = await response.JsonAsync();
        var seconds = problem.GetProperty("retryAfterSeconds").GetInt32();
        seconds.ShouldBeInRange(1, 60);
        problem.GetProperty("detail").GetString().ShouldBe($"Yeni bir kod istemeden önce {seconds} saniye bekleyin.");
        response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(seconds);
        (await MailServer.Instance.CountAsync(form.Email)).ShouldBe(1);
    }

    [Fact]
    public async Task Resend_AfterTheCooldown_MailsANewCodeThatWorks_AndTheOldCodeAndLinkDoNot()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        var oldMail = await form.MailAsync();
        await using (var db = await factory.CatalogAsync())
        {
            await db.TenantRegistrations.Where(r => r.Email == form.Email).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.LastCodeSentAt, DateTime.UtcNow.AddMinutes(-2))
                .SetProperty(r => r.FailedAttempts, 3));
        }

        using var resend = await SendAsync(SignUpForm.ResendPath, new { email = form.Email });
        var newMail = await form.MailAsync(mails: 2);
        var oldCode = SignUpForm.CodeIn(oldMail);
        var newCode = SignUpForm.CodeIn(newMail);

        resend.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var stored = await RegistrationAsync(form.Email);
        stored.FailedAttempts.ShouldBe(0);
        stored.CodesSent.ShouldBe(2);
        using var oldLink = await VerifyAsync(new { token = SignUpForm.TokenIn(oldMail) });
        oldLink.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        if (oldCode != newCode)
        {
            using var old = await VerifyAsync(new { email = form.Email, code = oldCode });
            (await ErrorsAsync(old, "code")).ShouldBe(["Kod hatalı. 4 deneme hakkınız kaldı."]);
        }

        using var verified = await VerifyAsync(new { email = form.Email, code = newCode });
        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Resend_UnknownAddress_SameAnswerAsAPendingSignUp_AndNoMail()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        await CoolDownAsync(form.Email);
        var nobody = $"kimse.{Guid.NewGuid():N}@ajans.example";

        using var known = await SendAsync(SignUpForm.ResendPath, new { email = form.Email });
        using var unknown = await SendAsync(SignUpForm.ResendPath, new { email = nobody });

        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var knownBody = await known.JsonAsync();
        var unknownBody = await unknown.JsonAsync();
        unknownBody.EnumerateObject().Select(p => p.Name).ShouldBe(knownBody.EnumerateObject().Select(p => p.Name));
        unknownBody.GetProperty("message").GetString().ShouldBe(knownBody.GetProperty("message").GetString());
        (unknownBody.GetProperty("codeExpiresAt").GetDateTime() - knownBody.GetProperty("codeExpiresAt").GetDateTime()).Duration()
            .ShouldBeLessThan(TimeSpan.FromSeconds(5));
        await form.MailAsync(mails: 2);
        (await MailServer.Instance.CountAsync(nobody)).ShouldBe(0);
    }

    [Fact]
    public async Task Resend_CodeLimitReached_Refused()
    {
        var form = SignUpForm.New();
        using var registered = await form.PostAsync(client);
        await using (var db = await factory.CatalogAsync())
        {
            await db.TenantRegistrations.Where(r => r.Email == form.Email).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.LastCodeSentAt, DateTime.UtcNow.AddMinutes(-2))
                .SetProperty(r => r.CodesSent, 5));
        }

        using var response = await SendAsync(SignUpForm.ResendPath, new { email = form.Email });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.JsonAsync()).GetProperty("detail").GetString()
            .ShouldBe("Bu kayıt için gönderilebilecek kod sınırına ulaşıldı. Kayıt formunu yeniden doldurun.");
        (await MailServer.Instance.CountAsync(form.Email)).ShouldBe(1);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, object body, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await client.SendAsync(request);
    }

    private Task<HttpResponseMessage> VerifyAsync(object body) => SendAsync(SignUpForm.VerifyPath, body);

    private async Task RegisterAndVerifyAsync(SignUpForm form)
    {
        using var registered = await form.PostAsync(client);
        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        using var verified = await VerifyAsync(new { email = form.Email, code = SignUpForm.CodeIn(await form.MailAsync()) });
        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<TenantRegistration> RegistrationAsync(string email)
    {
        await using var db = await factory.CatalogAsync();
        return await db.TenantRegistrations.AsNoTracking().SingleAsync(r => r.Email == email);
    }

    /// <summary>Moves the last code's time back past the resend cooldown.</summary>
    private async Task CoolDownAsync(string email)
    {
        await using var db = await factory.CatalogAsync();
        await db.TenantRegistrations.Where(r => r.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastCodeSentAt, DateTime.UtcNow.AddMinutes(-2)));
    }

    private async Task<(int Tenants, int Databases)> TenantCountsAsync()
    {
        await using var db = await factory.CatalogAsync();
        return (await db.Tenants.CountAsync(), await db.TenantDatabases.CountAsync());
    }

    private static async Task<string[]> ErrorsAsync(HttpResponseMessage response, string field)
    {
        // Read as a string, which buffers the body, so one response can be asked about several fields.
        var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        return body.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? [.. messages.EnumerateArray().Select(m => m.GetString()!)]
            : [];
    }
}
