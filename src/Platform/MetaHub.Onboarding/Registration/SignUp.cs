using System.Globalization;
using MetaHub.Access.Domain;
using MetaHub.Access.Identity;
using MetaHub.Kernel.Errors;
using MetaHub.Onboarding.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MetaHub.Onboarding.Registration;

/// <summary>
/// Registering a new workspace (SPEC §3.1): checks everything at once, keeps the sign-up in the
/// catalog with the admin's password hash, and mails a code and a link to prove the address.
/// Nothing is created in any tenant database here.
/// </summary>
/// <remarks>
/// Signing up again with an address whose sign-up still waits for verification replaces that
/// sign-up (the person may have mistyped the team or lost the mail): the earlier code and link stop
/// working, and the resend cooldown still applies, so the form cannot be used to flood a mailbox.
/// An address whose sign-up was verified — provisioning, done or failed and waiting for "try
/// again" — cannot sign up again.
/// </remarks>
internal sealed class SignUp(
    IDbContextFactory<CatalogDbContext> catalog,
    PasswordPolicy passwords,
    VerificationMail mail,
    IStringLocalizer<OnboardingResources> localizer,
    IOptions<OnboardingOptions> options,
    TimeProvider time)
{
    public async Task<RegisterResponse> RegisterAsync(RegisterRequest request, string siteUrl, CancellationToken cancellationToken)
    {
        var email = RegistrationEmail.Normalize(request.Email);
        var firstName = (request.FirstName ?? "").Trim();
        var lastName = (request.LastName ?? "").Trim();
        var teamName = (request.TeamName ?? "").Trim();
        var slugGiven = !string.IsNullOrWhiteSpace(request.Slug);
        var slug = slugGiven ? request.Slug!.Trim().ToLowerInvariant() : TeamSlug.From(teamName);
        var password = request.Password ?? "";

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!RegistrationEmail.IsValid(email))
        {
            errors["email"] = [localizer["register.emailInvalid"]];
        }

        foreach (var (field, value) in new[] { ("firstName", firstName), ("lastName", lastName) })
        {
            if (value.Length is 0 or > TenantRegistration.NameMaxLength)
            {
                errors[field] = [localizer["register.nameRequired", TenantRegistration.NameMaxLength]];
            }
        }

        if (teamName.Length is 0 or > Tenant.NameMaxLength)
        {
            errors["teamName"] = [localizer["register.teamNameRequired", Tenant.NameMaxLength]];
        }

        if (!TenantSlug.IsValid(slug))
        {
            // Without a team name there is nothing to derive from; the team name's own error says so.
            if (slugGiven || teamName.Length > 0)
            {
                errors["slug"] = [localizer["register.slugInvalid"]];
            }
        }
        else if (TeamSlug.IsReserved(slug))
        {
            errors["slug"] = [localizer["register.slugReserved", slug]];
        }

        var admin = new User { Email = email, UserName = email, FirstName = firstName, LastName = lastName };
        var policy = await passwords.ValidateAsync(admin, password);
        if (!policy.Succeeded)
        {
            errors["password"] = [.. policy.Errors.Select(e => e.Description)];
        }

        if (!request.AcceptTerms)
        {
            errors["acceptTerms"] = [localizer["register.termsRequired"]];
        }

        if (!request.AcceptPrivacy)
        {
            errors["acceptPrivacy"] = [localizer["register.privacyRequired"]];
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var pending = new List<TenantRegistration>();
        if (!errors.ContainsKey("email"))
        {
            var earlier = await db.TenantRegistrations.Where(r => r.Email == email).ToListAsync(cancellationToken);
            if (earlier.Exists(r => r.Status != RegistrationStatus.PendingVerification))
            {
                errors["email"] = [localizer["register.emailTaken"]];
            }

            pending = earlier.FindAll(r => r.Status == RegistrationStatus.PendingVerification);
        }

        // A slug is free when no tenant has it and no one else's sign-up holds it; a sign-up whose
        // code expired unverified is abandoned and gives its slug to the next person who asks.
        var now = time.GetUtcNow().UtcDateTime;
        var abandoned = new List<TenantRegistration>();
        if (!errors.ContainsKey("slug"))
        {
            var holders = await db.TenantRegistrations
                .Where(r => r.Slug == slug && !(r.Email == email && r.Status == RegistrationStatus.PendingVerification))
                .ToListAsync(cancellationToken);
            abandoned = holders.FindAll(r => r.Status == RegistrationStatus.PendingVerification && r.CodeExpiresAt < now);
            if (holders.Count > abandoned.Count || await db.Tenants.AnyAsync(t => t.Slug == slug, cancellationToken))
            {
                errors["slug"] = [localizer["register.slugTaken", slug]];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var settings = options.Value;
        if (pending.Count > 0 && pending.Max(r => VerificationSecrets.ResendAvailableAt(r, settings)) - now is { Ticks: > 0 } wait)
        {
            throw new TooManyRequestsException(localizer["codes.cooldown", (int)Math.Ceiling(wait.TotalSeconds)], wait);
        }

        var registration = new TenantRegistration
        {
            Email = email,
            FirstName = firstName,
            LastName = lastName,
            TeamName = teamName,
            Slug = slug,
            AdminPasswordHash = passwords.Hash(admin, password),
            Culture = CultureInfo.CurrentUICulture.Name,
            Status = RegistrationStatus.PendingVerification,
            TermsAcceptedAt = now,
            CreatedAt = now,
        };
        var (code, token) = VerificationSecrets.Renew(registration, now, settings);

        // Mailed before it is saved: a sign-up whose mail the server refused is not kept, so the
        // person can correct and send the form again at once instead of waiting for the cooldown.
        await mail.SendAsync(registration, code, token, siteUrl, cancellationToken);
        db.TenantRegistrations.RemoveRange(pending);
        db.TenantRegistrations.RemoveRange(abandoned);
        db.TenantRegistrations.Add(registration);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Someone else asked for the same slug at the same moment; the unique index chose them.
            await using var check = await catalog.CreateDbContextAsync(cancellationToken);
            if (await check.TenantRegistrations.AnyAsync(r => r.Slug == slug && r.Email != email, cancellationToken))
            {
                throw new ValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["slug"] = [localizer["register.slugTaken", slug]] });
            }

            throw;
        }

        return new RegisterResponse(registration.Id, email, registration.CodeExpiresAt!.Value, VerificationSecrets.ResendAvailableAt(registration, settings));
    }
}
