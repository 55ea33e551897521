using MetaHub.Access.Auditing;
using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.Access.Identity;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.SignIn;

/// <summary>
/// The sign-in use case, shared by the API and the web UI: password, then the second factor (or
/// enrolling one when the tenant requires it). Every outcome lands in the login history and the
/// audit log; failures count towards the lockout, and what the caller hears never tells whether
/// the email exists.
/// </summary>
internal sealed class SignInService(
    UserManager<User> users,
    IUserStore<User> userStore,
    TenantDbContext db,
    ITenantContext tenantContext,
    TwoFactorTickets tickets,
    IPasswordHasher<User> hasher,
    IOptions<AuthOptions> authOptions,
    TimeProvider time)
{
    private static readonly User NobodyUser = new() { FirstName = "", LastName = "" };

    private TenantInfo Tenant => tenantContext.Tenant ?? throw new InvalidOperationException("Sign-in needs a resolved tenant.");

    public async Task<SignInStep> CheckPasswordAsync(string? email, string? password, ClientInfo client, CancellationToken cancellationToken)
    {
        email = (email ?? "").Trim();
        if (!Tenant.Security.Allows(client.Address))
        {
            await RecordAsync(null, email, LoginStatus.NetworkRefused, TwoFactorMethod.None, SecurityEvents.LoginFailed, client, cancellationToken);
            return SignInStep.NetworkRefused;
        }

        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            // Spend the time a real check would, so the answer's timing does not reveal the email.
            hasher.VerifyHashedPassword(NobodyUser, DummyHash.Value, password ?? "");
            await RecordAsync(user, email, LoginStatus.Failed, TwoFactorMethod.None, SecurityEvents.LoginFailed, client, cancellationToken);
            return SignInStep.Failed;
        }

        if (await users.IsLockedOutAsync(user))
        {
            await RecordAsync(user, email, LoginStatus.LockedOut, TwoFactorMethod.None, SecurityEvents.LoginFailed, client, cancellationToken);
            return SignInStep.Failed;
        }

        if (!await users.CheckPasswordAsync(user, password ?? ""))
        {
            await users.AccessFailedAsync(user);
            var status = await users.IsLockedOutAsync(user) ? LoginStatus.LockedOut : LoginStatus.Failed;
            await RecordAsync(user, email, status, TwoFactorMethod.None, SecurityEvents.LoginFailed, client, cancellationToken);
            return SignInStep.Failed;
        }

        if (user.TwoFactorEnabled)
        {
            return new SignInStep(SignInStatus.TwoFactorRequired, tickets.Issue(user.TenantId, user.Id, user.SecurityStamp!, enrol: false));
        }

        return Tenant.Security.RequireTwoFactor
            ? new SignInStep(SignInStatus.EnrolmentRequired, tickets.Issue(user.TenantId, user.Id, user.SecurityStamp!, enrol: true))
            : await CompleteAsync(user, TwoFactorMethod.None, client, cancellationToken);
    }

    public async Task<SignInStep> VerifySecondFactorAsync(
        string? ticket, string? code, string? recoveryCode, ClientInfo client, CancellationToken cancellationToken)
    {
        if (await ReadTicketAsync(ticket, enrol: false) is not { } user)
        {
            return SignInStep.TicketExpired;
        }

        if (await users.IsLockedOutAsync(user))
        {
            await RecordAsync(user, user.Email!, LoginStatus.LockedOut, TwoFactorMethod.None, SecurityEvents.TwoFactorFailed, client, cancellationToken);
            return SignInStep.Failed;
        }

        var method = string.IsNullOrWhiteSpace(recoveryCode) ? TwoFactorMethod.Authenticator : TwoFactorMethod.RecoveryCode;
        var accepted = method == TwoFactorMethod.RecoveryCode
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode!.Trim())).Succeeded
            : await AcceptCodeAsync(user, code);
        if (!accepted)
        {
            await users.AccessFailedAsync(user);
            var status = await users.IsLockedOutAsync(user) ? LoginStatus.LockedOut : LoginStatus.TwoFactorFailed;
            await RecordAsync(user, user.Email!, status, method, SecurityEvents.TwoFactorFailed, client, cancellationToken);
            return SignInStep.Failed;
        }

        return await CompleteAsync(user, method, client, cancellationToken);
    }

    public async Task<Enrolment?> BeginEnrolmentAsync(string? ticket)
    {
        if (await ReadTicketAsync(ticket, enrol: true) is not { } user)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it renews the security stamp, which would void the ticket.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<User>)userStore).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        return Authenticator.Enrolment(authOptions.Value.Issuer, $"{user.Email} ({Tenant.Slug})", key!);
    }

    public async Task<SignInStep> CompleteEnrolmentAsync(string? ticket, string? code, ClientInfo client, CancellationToken cancellationToken)
    {
        if (await ReadTicketAsync(ticket, enrol: true) is not { } user)
        {
            return SignInStep.TicketExpired;
        }

        if (await users.GetAuthenticatorKeyAsync(user) is null || !await AcceptCodeAsync(user, code))
        {
            await users.AccessFailedAsync(user);
            await RecordAsync(user, user.Email!, LoginStatus.TwoFactorFailed, TwoFactorMethod.Authenticator, SecurityEvents.TwoFactorFailed, client, cancellationToken);
            return SignInStep.Failed;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes.Count))!.ToList();
        AuditLog.Add(db, new AuditEvent(SecurityEvents.TwoFactorEnabled, "access", nameof(User), user.Id.ToString()), time);
        var done = await CompleteAsync(user, TwoFactorMethod.Authenticator, client, cancellationToken);
        return done with { RecoveryCodes = codes };
    }

    private async Task<User?> ReadTicketAsync(string? ticket, bool enrol)
    {
        if (tickets.Read(ticket, Tenant.Id) is not { } read || read.Enrol != enrol)
        {
            return null;
        }

        var user = await users.FindByIdAsync(read.AccountId.ToString());
        return user is { IsActive: true } && user.SecurityStamp == read.SecurityStamp && user.TwoFactorEnabled != enrol ? user : null;
    }

    private async Task<bool> AcceptCodeAsync(User user, string? code)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (key is null || !Authenticator.TryVerify(user.LastTotpTimeStep, key, code, time.GetUtcNow(), out var step))
        {
            return false;
        }

        user.LastTotpTimeStep = step;
        return (await users.UpdateAsync(user)).Succeeded;
    }

    private async Task<SignInStep> CompleteAsync(User user, TwoFactorMethod method, ClientInfo client, CancellationToken cancellationToken)
    {
        await users.ResetAccessFailedCountAsync(user);

        // The user is tracked by the same unit of work: the history entry's save stores this too.
        user.LastLoginAt = time.GetUtcNow().UtcDateTime;
        await RecordAsync(user, user.Email!, LoginStatus.Succeeded, method, SecurityEvents.Login, client, cancellationToken);
        return new SignInStep(SignInStatus.SignedIn, User: user);
    }

    private async Task RecordAsync(
        User? user, string email, LoginStatus status, TwoFactorMethod method, string action, ClientInfo client, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.Add(new LoginAttempt
        {
            UserId = user?.Id,
            Email = email.Length > 256 ? email[..256] : email,
            IpAddress = client.IpAddress,
            UserAgent = client.UserAgent,
            Status = status,
            TwoFactorMethod = method,
            CreatedAt = now,
        });
        var entry = AuditLog.Add(
            db,
            new AuditEvent(action, "access", user is null ? null : nameof(User), user?.Id.ToString(), new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["email"] = email.Length > 256 ? email[..256] : email,
                ["status"] = status.ToString(),
                ["twoFactor"] = method.ToString(),
            }),
            time);
        entry.UserId = user?.Id;
        entry.UserName = user is null ? null : $"{user.FirstName} {user.LastName}";
        entry.IpAddress = client.IpAddress;
        entry.UserAgent = client.UserAgent;
        entry.CorrelationId = client.CorrelationId;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A hash of a random password, made once, to verify against when no user matched.</summary>
    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<User>().HashPassword(NobodyUser, Guid.NewGuid().ToString());
    }
}
