using System.Security.Cryptography;
using System.Text;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MetaHub.Access.Identity;

/// <summary>
/// Identity's EF user store on the tenant database, with second-factor secrets kept safe at rest:
/// the authenticator key is encrypted with Data Protection and recovery codes are stored only as
/// salted SHA-256 hashes, so a copy of the database yields neither.
/// </summary>
internal sealed class ProtectedUserStore(TenantDbContext context, IDataProtectionProvider dataProtection, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<User, TenantDbContext, Guid, UserClaim, UserLogin, UserToken>(context, describer)
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("MetaHub.Access.AuthenticatorKey");

    public override Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        return stored is null ? null : protector.Unprotect(stored);
    }

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(code => Hash(user, code)), cancellationToken);

    public override Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken) =>
        base.RedeemCodeAsync(user, Hash(user, code), cancellationToken);

    private static string Hash(User user, string code)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id:N}:{normalized}")));
    }
}
