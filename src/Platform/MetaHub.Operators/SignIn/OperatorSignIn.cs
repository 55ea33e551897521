using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.Access.Identity;
using MetaHub.Access.Sessions;
using MetaHub.Access.SignIn;
using MetaHub.Kernel.Auditing;
using MetaHub.Operators.Accounts;
using MetaHub.Operators.Auditing;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Operators.SignIn;

/// <summary>
/// An operator's sign-in, shared by the API and the <c>/platform</c> pages: password, then the
/// second factor — or enrolling one first, which every operator must, but for a development
/// account while the demo does not require it. The tenant side's rules apply: lockout after the
/// configured failures, one answer for every failure whether or not the email exists (in the same
/// time), and every outcome in the platform's audit log.
/// </summary>
internal sealed class OperatorSignIn(
    IDbContextFactory<CatalogDbContext> catalogs,
    IPasswordHasher<PlatformOperator> hasher,
    IDataProtectionProvider dataProtection,
    IOptions<IdentityOptions> identity,
    IOptions<AuthOptions> auth,
    IOptions<OperatorSignInOptions> options,
    TimeProvider time)
{
    /// <summary>Operators belong to no tenant: their tickets carry this scope, under a protector purpose of their own.</summary>
    private static readonly Guid NoTenant = Guid.Empty;

    private static readonly PlatformOperator Nobody = new() { Email = "", FirstName = "", LastName = "", PasswordHash = "" };

    private readonly TwoFactorTickets tickets = new(dataProtection.CreateProtector("MetaHub.Operators.TwoFactorTicket"), time);

    private readonly IDataProtector authenticatorKeys = dataProtection.CreateProtector(OperatorAccounts.AuthenticatorKeyPurpose);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<OperatorSignInStep> CheckPasswordAsync(string? email, string? password, ClientInfo client, CancellationToken cancellationToken)
    {
        var address = OperatorAccounts.Normalise(email);
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        var account = address.Length == 0 ? null : await db.PlatformOperators.FirstOrDefaultAsync(o => o.Email == address, cancellationToken);

        // One hash check whatever the account's state, so the answer's timing tells nothing about it.
        var verified = hasher.VerifyHashedPassword(account ?? Nobody, account?.PasswordHash ?? DummyHash.Value, password ?? "");
        if (account is not { IsActive: true })
        {
            return await RefuseAsync(db, account, address, LoginStatus.Failed, TwoFactorMethod.None, SecurityEvents.LoginFailed, client, cancellationToken);
        }

        if (account.IsLockedOut(Now))
        {
            return await RefuseAsync(db, account, address, LoginStatus.LockedOut, TwoFactorMethod.None, SecurityEvents.LoginFailed, client, cancellationToken);
        }

        if (verified == PasswordVerificationResult.Failed)
        {
            return await FailAsync(db, account, LoginStatus.Failed, TwoFactorMethod.None, SecurityEvents.LoginFailed, client, cancellationToken);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password!);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (account.TwoFactorEnabled)
        {
            return new OperatorSignInStep(SignInStatus.TwoFactorRequired, tickets.Issue(NoTenant, account.Id, account.SecurityStamp, enrol: false));
        }

        return account.IsDevelopmentAccount && options.Value.DevelopmentAccountsWithoutSecondFactor
            ? await CompleteAsync(db, account, TwoFactorMethod.None, client, cancellationToken)
            : new OperatorSignInStep(SignInStatus.EnrolmentRequired, tickets.Issue(NoTenant, account.Id, account.SecurityStamp, enrol: true));
    }

    public async Task<OperatorSignInStep> VerifySecondFactorAsync(
        string? ticket, string? code, string? recoveryCode, ClientInfo client, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        if (await ReadTicketAsync(db, ticket, enrol: false, cancellationToken) is not { } account)
        {
            return OperatorSignInStep.TicketExpired;
        }

        var method = string.IsNullOrWhiteSpace(recoveryCode) ? TwoFactorMethod.Authenticator : TwoFactorMethod.RecoveryCode;
        if (account.IsLockedOut(Now))
        {
            return await RefuseAsync(db, account, account.Email, LoginStatus.LockedOut, method, SecurityEvents.TwoFactorFailed, client, cancellationToken);
        }

        var accepted = method == TwoFactorMethod.RecoveryCode
            ? await RedeemRecoveryCodeAsync(db, account, recoveryCode!, cancellationToken)
            : await AcceptCodeAsync(db, account, code, cancellationToken);
        return accepted
            ? await CompleteAsync(db, account, method, client, cancellationToken)
            : await FailAsync(db, account, LoginStatus.TwoFactorFailed, method, SecurityEvents.TwoFactorFailed, client, cancellationToken);
    }

    public async Task<Enrolment?> BeginEnrolmentAsync(string? ticket, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        if (await ReadTicketAsync(db, ticket, enrol: true, cancellationToken) is not { } account)
        {
            return null;
        }

        string key;
        if (account.AuthenticatorKey is { } stored)
        {
            key = authenticatorKeys.Unprotect(stored);
        }
        else
        {
            key = Authenticator.NewKey();
            account.AuthenticatorKey = authenticatorKeys.Protect(key);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Authenticator.Enrolment(auth.Value.Issuer, $"{account.Email} (platform)", key);
    }

    public async Task<OperatorSignInStep> CompleteEnrolmentAsync(string? ticket, string? code, ClientInfo client, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        if (await ReadTicketAsync(db, ticket, enrol: true, cancellationToken) is not { } account)
        {
            return OperatorSignInStep.TicketExpired;
        }

        if (account.IsLockedOut(Now))
        {
            return await RefuseAsync(db, account, account.Email, LoginStatus.LockedOut, TwoFactorMethod.Authenticator, SecurityEvents.TwoFactorFailed, client, cancellationToken);
        }

        if (!await AcceptCodeAsync(db, account, code, cancellationToken))
        {
            return await FailAsync(db, account, LoginStatus.TwoFactorFailed, TwoFactorMethod.Authenticator, SecurityEvents.TwoFactorFailed, client, cancellationToken);
        }

        var codes = RecoveryCodes.New();
        account.TwoFactorEnabled = true;
        account.RecoveryCodes = RecoveryCodes.Store(account.Id, codes);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        PlatformAuditLog.Add(
            db, new AuditEvent(SecurityEvents.TwoFactorEnabled, PlatformAuditLog.Module, nameof(PlatformOperator), account.Id.ToString()),
            tenantId: null, account.Id, account.Email, client, time);
        var done = await CompleteAsync(db, account, TwoFactorMethod.Authenticator, client, cancellationToken);
        return done with { RecoveryCodes = codes };
    }

    private async Task<PlatformOperator?> ReadTicketAsync(CatalogDbContext db, string? ticket, bool enrol, CancellationToken cancellationToken)
    {
        if (tickets.Read(ticket, NoTenant) is not { } read || read.Enrol != enrol)
        {
            return null;
        }

        var account = await db.PlatformOperators.FirstOrDefaultAsync(o => o.Id == read.AccountId, cancellationToken);
        return account is { IsActive: true } && account.SecurityStamp == read.SecurityStamp && account.TwoFactorEnabled != enrol ? account : null;
    }

    /// <summary>
    /// Accepts a code of the operator's authenticator, at most once: the time step is claimed with a
    /// conditional update, so two requests racing with the same code cannot both pass. The tracked
    /// row is left as read, so a later save of it never writes an older step back.
    /// </summary>
    private async Task<bool> AcceptCodeAsync(CatalogDbContext db, PlatformOperator account, string? code, CancellationToken cancellationToken)
    {
        if (account.AuthenticatorKey is not { } stored
            || !Authenticator.TryVerify(account.LastTotpTimeStep, authenticatorKeys.Unprotect(stored), code, time.GetUtcNow(), out var step))
        {
            return false;
        }

        var claimed = await db.PlatformOperators
            .Where(o => o.Id == account.Id && (o.LastTotpTimeStep == null || o.LastTotpTimeStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.LastTotpTimeStep, step), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Redeems one recovery code, at most once: the remaining codes replace exactly the ones read.</summary>
    private static async Task<bool> RedeemRecoveryCodeAsync(CatalogDbContext db, PlatformOperator account, string recoveryCode, CancellationToken cancellationToken)
    {
        var stored = account.RecoveryCodes;
        if (!RecoveryCodes.TryRedeem(stored, account.Id, recoveryCode, out var remaining))
        {
            return false;
        }

        var redeemed = await db.PlatformOperators
            .Where(o => o.Id == account.Id && o.RecoveryCodes == stored)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.RecoveryCodes, remaining), cancellationToken);
        return redeemed == 1;
    }

    private async Task<OperatorSignInStep> CompleteAsync(
        CatalogDbContext db, PlatformOperator account, TwoFactorMethod method, ClientInfo client, CancellationToken cancellationToken)
    {
        account.AccessFailedCount = 0;
        account.LockoutEnd = null;
        account.LastSignInAt = Now;
        Record(db, account, account.Email, LoginStatus.Succeeded, method, SecurityEvents.Login, client);
        await db.SaveChangesAsync(cancellationToken);
        return new OperatorSignInStep(SignInStatus.SignedIn, Operator: account);
    }

    /// <summary>A wrong password or code: it counts towards the lockout.</summary>
    private Task<OperatorSignInStep> FailAsync(
        CatalogDbContext db, PlatformOperator account, LoginStatus status, TwoFactorMethod method, string action, ClientInfo client, CancellationToken cancellationToken)
    {
        var lockout = identity.Value.Lockout;
        account.RecordFailure(Now, lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan);
        return RefuseAsync(db, account, account.Email, account.IsLockedOut(Now) ? LoginStatus.LockedOut : status, method, action, client, cancellationToken);
    }

    private async Task<OperatorSignInStep> RefuseAsync(
        CatalogDbContext db, PlatformOperator? account, string email, LoginStatus status, TwoFactorMethod method, string action, ClientInfo client, CancellationToken cancellationToken)
    {
        Record(db, account, email, status, method, action, client);
        await db.SaveChangesAsync(cancellationToken);
        return OperatorSignInStep.Failed;
    }

    private void Record(CatalogDbContext db, PlatformOperator? account, string email, LoginStatus status, TwoFactorMethod method, string action, ClientInfo client)
    {
        email = email.Length > PlatformOperator.EmailMaxLength ? email[..PlatformOperator.EmailMaxLength] : email;
        PlatformAuditLog.Add(
            db,
            new AuditEvent(action, PlatformAuditLog.Module, account is null ? null : nameof(PlatformOperator), account?.Id.ToString(),
                new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["email"] = email,
                    ["status"] = status.ToString(),
                    ["twoFactor"] = method.ToString(),
                }),
            tenantId: null, account?.Id, email, client, time);
    }

    /// <summary>A hash of a random password, made once, to verify against when no operator matched.</summary>
    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<PlatformOperator>().HashPassword(Nobody, Guid.NewGuid().ToString());
    }
}
