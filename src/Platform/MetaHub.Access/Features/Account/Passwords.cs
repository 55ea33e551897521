using MetaHub.Access.Auditing;
using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.Access.Identity;
using MetaHub.Access.Resources;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Mail;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Features.Account;

/// <summary>
/// Forgotten passwords (a link by email, answered the same way whether or not the address has an
/// account) and password changes. Either way every other session of the user is closed.
/// </summary>
internal sealed class Passwords(
    UserManager<User> users,
    TenantDbContext db,
    SessionService sessions,
    ITenantContext tenantContext,
    IEmailSender mail,
    IStringLocalizer<AccessResources> localizer,
    IOptions<AuthOptions> authOptions,
    TimeProvider time)
{
    public const string ResetPath = "/account/reset-password";

    /// <summary>Mails a reset link when the address belongs to an active user; returns at once either way.</summary>
    public async Task ForgotAsync(ForgotPasswordRequest request, string siteUrl, ClientInfo client, CancellationToken cancellationToken)
    {
        var email = (request.Email ?? "").Trim();
        if (email.Length is 0 or > 256 || await users.FindByEmailAsync(email) is not { IsActive: true } user)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = AccountLinks.Absolute(
            authOptions.Value.PublicUrl, siteUrl, tenantContext.Tenant!.Slug,
            $"{ResetPath}?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}");
        mail.Enqueue(new ActionEmail(
            localizer["passwords.mail.subject"],
            localizer["mail.greeting", user.FirstName],
            [localizer["passwords.mail.body", tenantContext.Tenant.Name], localizer["passwords.mail.expiry", authOptions.Value.PasswordResetMinutes]],
            localizer["passwords.mail.action"],
            link,
            localizer["passwords.mail.footer"]).To(user.Email!));

        Audit(user, SecurityEvents.PasswordResetRequested, client);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets a new password with a link's token; the link then stops working and every session closes.</summary>
    public async Task ResetAsync(ResetPasswordRequest request, ClientInfo client, CancellationToken cancellationToken)
    {
        var email = (request.Email ?? "").Trim();
        var user = email.Length is 0 or > 256 ? null : await users.FindByEmailAsync(email);
        if (user is not { IsActive: true } || string.IsNullOrWhiteSpace(request.Token))
        {
            throw ValidationException.For("token", localizer["passwords.linkInvalid"]);
        }

        var result = await users.ResetPasswordAsync(user, request.Token.Trim(), request.NewPassword ?? "");
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            throw ValidationException.For("token", localizer["passwords.linkInvalid"]);
        }

        result.ThrowIfFailed("newPassword");

        // The person proved they own the address: a lockout from someone guessing ends here.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.RevokeAllAsync(user.Id, except: null, cancellationToken);
        Audit(user, SecurityEvents.PasswordReset, client);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Changes the signed-in user's password after checking the current one; other sessions close.
    /// The audit entry takes the client from the signed-in actor, as in the API and the UI alike.
    /// </summary>
    public async Task ChangeAsync(Guid userId, Guid sessionId, ChangePasswordRequest request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException(localizer["sessions.notFound"]);
        if (!await users.CheckPasswordAsync(user, request.CurrentPassword ?? ""))
        {
            // A stolen session must not be able to guess its way to the password.
            await users.AccessFailedAsync(user);
            throw ValidationException.For("currentPassword", localizer["passwords.currentWrong"]);
        }

        (await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword ?? "")).ThrowIfFailed("newPassword");
        await sessions.RevokeAllAsync(user.Id, except: sessionId, cancellationToken);
        AuditLog.Add(db, new AuditEvent(SecurityEvents.PasswordChanged, "access", nameof(User), user.Id.ToString()), time);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Audit(User user, string action, ClientInfo client)
    {
        var entry = AuditLog.Add(db, new AuditEvent(action, "access", nameof(User), user.Id.ToString()), time);
        entry.UserId = user.Id;
        entry.UserName = $"{user.FirstName} {user.LastName}";
        entry.IpAddress = client.IpAddress;
        entry.UserAgent = client.UserAgent;
        entry.CorrelationId = client.CorrelationId;
    }
}
