using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MetaHub.Access.Identity;

/// <summary>
/// Identity's EF user store on the tenant database, with second-factor secrets kept safe at rest:
/// the authenticator key is encrypted with Data Protection and recovery codes are stored only as
/// hashes (<see cref="RecoveryCodes"/>), so a copy of the database yields neither.
/// </summary>
internal sealed class ProtectedUserStore(TenantDbContext context, IDataProtectionProvider dataProtection, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<User, TenantDbContext, Guid, UserClaim, UserLogin, UserToken>(context, describer)
{
    // The names Identity's own store uses, so CountCodesAsync keeps working unchanged.
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string RecoveryCodeTokenName = "RecoveryCodes";

    private readonly IDataProtector protector = dataProtection.CreateProtector("MetaHub.Access.AuthenticatorKey");

    public override Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        return stored is null ? null : protector.Unprotect(stored);
    }

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, RecoveryCodes.Store(user.Id, recoveryCodes), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken);
        if (!RecoveryCodes.TryRedeem(stored, user.Id, code, out var remaining))
        {
            return false;
        }

        await SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, remaining, cancellationToken);
        return true;
    }
}
