using MetaHub.Access.Identity;
using MetaHub.Kernel.Errors;
using MetaHub.Onboarding.Provisioning;
using MetaHub.Onboarding.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MetaHub.Onboarding.Registration;

/// <summary>
/// Proving the address with the mailed code or link (SPEC §3.2). One catalog read, one
/// conditional write and the provisioning job handed to the job store: the tenant is created
/// later, in the background.
/// </summary>
/// <remarks>
/// Writes are conditional updates rather than a read-modify-write, so parallel guesses cannot lose
/// each other's wrong-code count, and of two parallel correct answers only one verifies. Wrong codes
/// count against the code only: the link's token is too long to guess, so it keeps working.
/// </remarks>
internal sealed class EmailVerification(
    IDbContextFactory<CatalogDbContext> catalog,
    ProvisioningScheduler provisioning,
    IStringLocalizer<OnboardingResources> localizer,
    IOptions<OnboardingOptions> options,
    TimeProvider time)
{
    /// <summary>Verifies the address and hands the sign-up to the provisioning job; <paramref name="siteUrl"/> is where the person is.</summary>
    public async Task<VerifyEmailResponse> VerifyAsync(VerifyEmailRequest request, string siteUrl, CancellationToken cancellationToken)
    {
        var email = RegistrationEmail.Normalize(request.Email);
        var code = string.Concat((request.Code ?? "").Where(c => !char.IsWhiteSpace(c)));
        var token = (request.Token ?? "").Trim();
        var byLink = token.Length > 0;
        if (!byLink && code.Length == 0)
        {
            throw ValidationException.For("code", localizer["verify.codeRequired"]);
        }

        if (!byLink && email.Length == 0)
        {
            // A code alone is one in a million; without its address it would be tried against every sign-up.
            throw ValidationException.For("email", localizer["verify.emailRequired"]);
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var registration = email.Length > 0
            ? await db.TenantRegistrations.AsNoTracking().Where(r => r.Email == email)
                .OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken)
            : await FindByTokenAsync(db, token, cancellationToken);
        if (registration is null)
        {
            throw email.Length > 0
                ? ValidationException.For("email", localizer["verify.noSignUp"])
                : ValidationException.For("token", localizer["verify.linkInvalid"]);
        }

        if (registration.Status != RegistrationStatus.PendingVerification)
        {
            throw new ConflictException(localizer["verify.alreadyVerified"]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var maxAttempts = options.Value.MaxCodeAttempts;
        var current = db.TenantRegistrations.Where(r => r.Id == registration.Id && r.Status == RegistrationStatus.PendingVerification);
        if (byLink)
        {
            if (!VerificationSecrets.Matches(registration.TokenHash, token))
            {
                throw ValidationException.For("token", localizer["verify.linkInvalid"]);
            }

            if (registration.CodeExpiresAt <= now)
            {
                throw ValidationException.For("token", localizer["verify.linkExpired"]);
            }

            current = current.Where(r => r.TokenHash == registration.TokenHash);
        }
        else
        {
            if (registration.FailedAttempts >= maxAttempts)
            {
                throw ValidationException.For("code", localizer["verify.tooManyAttempts"]);
            }

            if (registration.CodeExpiresAt <= now)
            {
                throw ValidationException.For("code", localizer["verify.codeExpired"]);
            }

            if (!VerificationSecrets.Matches(registration.CodeHash, code))
            {
                await db.TenantRegistrations
                    .Where(r => r.Id == registration.Id && r.CodeHash == registration.CodeHash)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.FailedAttempts, r => r.FailedAttempts + 1).SetProperty(r => r.UpdatedAt, now), cancellationToken);
                var left = maxAttempts - registration.FailedAttempts - 1;
                throw ValidationException.For("code", left > 0 ? localizer["verify.codeWrong", left] : localizer["verify.tooManyAttempts"]);
            }

            current = current.Where(r => r.CodeHash == registration.CodeHash && r.FailedAttempts < maxAttempts);
        }

        var verified = await current.ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, RegistrationStatus.Provisioning)
                .SetProperty(r => r.EmailVerifiedAt, now)
                .SetProperty(r => r.CodeHash, (string?)null)
                .SetProperty(r => r.TokenHash, (string?)null)
                .SetProperty(r => r.CodeExpiresAt, (DateTime?)null)
                .SetProperty(r => r.PublicOrigin, siteUrl)
                .SetProperty(r => r.UpdatedAt, now),
            cancellationToken);
        if (verified == 0)
        {
            // Between the read and the write a parallel request verified the address, used up the
            // attempts, or a new code replaced this one.
            throw new ConflictException(localizer["verify.stale"]);
        }

        await provisioning.ScheduleAsync(registration.Id, cancellationToken);
        return new VerifyEmailResponse(true, registration.Id, localizer["verify.success"]);
    }

    private static Task<TenantRegistration?> FindByTokenAsync(CatalogDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = OpaqueTokens.Hash(token);
        return db.TenantRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
    }
}
