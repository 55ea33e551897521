using MetaHub.Access.Domain;
using MetaHub.Access.Identity;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Operators.Accounts;

/// <summary>Creates operator accounts, under the same password rules as tenant users.</summary>
internal sealed class OperatorAccounts(
    IDbContextFactory<CatalogDbContext> catalogs,
    IPasswordHasher<PlatformOperator> hasher,
    PasswordPolicy passwords,
    IdentityErrorDescriber errors,
    TimeProvider time)
{
    /// <summary>The Data Protection purpose under which operators' authenticator keys are encrypted.</summary>
    public const string AuthenticatorKeyPurpose = "MetaHub.Operators.AuthenticatorKey";

    /// <summary>The form addresses are stored and looked up in.</summary>
    public static string Normalise(string? email) => (email ?? "").Trim().ToLowerInvariant();

    /// <summary>
    /// Adds an operator, who enrols an authenticator at the first sign-in. Refused for a password the
    /// rules refuse or an address that already has an account, which is never changed.
    /// </summary>
    public async Task<IdentityResult> AddAsync(
        string email, string firstName, string lastName, string password, bool developmentAccount, CancellationToken cancellationToken)
    {
        var address = Normalise(email);
        var validation = await passwords.ValidateAsync(new User { Email = address, UserName = address, FirstName = firstName, LastName = lastName }, password);
        if (!validation.Succeeded)
        {
            return validation;
        }

        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        if (await db.PlatformOperators.AnyAsync(o => o.Email == address, cancellationToken))
        {
            return IdentityResult.Failed(errors.DuplicateEmail(address));
        }

        var account = new PlatformOperator
        {
            Email = address,
            FirstName = firstName,
            LastName = lastName,
            PasswordHash = "",
            IsDevelopmentAccount = developmentAccount,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.PlatformOperators.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }
}
