using MetaHub.Kernel.Errors;
using MetaHub.Onboarding.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MetaHub.Onboarding.Registration;

/// <summary>
/// A new code and link for a sign-up still waiting for verification; the earlier ones stop working.
/// The answer is the same for an address nobody signed up with — the mail goes out in the
/// background, so not even the timing differs — except while the cooldown or the code limit of a
/// real sign-up refuses, which is what lets a person who did sign up know why nothing came.
/// </summary>
internal sealed class CodeResend(
    IDbContextFactory<CatalogDbContext> catalog,
    VerificationMail mail,
    IStringLocalizer<OnboardingResources> localizer,
    IOptions<OnboardingOptions> options,
    TimeProvider time)
{
    public async Task<ResendCodeResponse> ResendAsync(ResendCodeRequest request, string siteUrl, CancellationToken cancellationToken)
    {
        var email = RegistrationEmail.Normalize(request.Email);
        if (!RegistrationEmail.IsValid(email))
        {
            throw ValidationException.For("email", localizer["register.emailInvalid"]);
        }

        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var answer = new ResendCodeResponse(email, now.AddMinutes(settings.CodeMinutes), now.AddSeconds(settings.ResendCooldownSeconds), localizer["resend.sent"]);

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var registration = await db.TenantRegistrations
            .Where(r => r.Email == email && r.Status == RegistrationStatus.PendingVerification)
            .OrderByDescending(r => r.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (registration is null)
        {
            return answer;
        }

        var wait = VerificationSecrets.ResendAvailableAt(registration, settings) - now;
        if (wait > TimeSpan.Zero)
        {
            throw new TooManyRequestsException(localizer["codes.cooldown", (int)Math.Ceiling(wait.TotalSeconds)], wait);
        }

        if (registration.CodesSent >= settings.MaxCodesPerRegistration)
        {
            throw new ConflictException(localizer["resend.limit"]);
        }

        var (code, token) = VerificationSecrets.Renew(registration, now, settings);
        await db.SaveChangesAsync(cancellationToken);
        mail.Enqueue(registration, code, token, siteUrl);
        return answer;
    }
}
