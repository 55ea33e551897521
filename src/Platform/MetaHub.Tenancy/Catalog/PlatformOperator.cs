using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// Someone who runs the platform (packages, tenants, modules): an account of the catalog, apart
/// from every tenant. Its second-factor secrets are kept like a tenant user's: the authenticator
/// key encrypted with Data Protection, recovery codes only as hashes.
/// </summary>
public sealed class PlatformOperator : Entity
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 100;

    /// <summary>Trimmed and lower-cased: one account per address.</summary>
    public required string Email { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>Identity's password hash (PBKDF2).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Changes whenever the credentials do, which voids second-factor tickets issued before.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The TOTP key, encrypted with Data Protection; null until enrolment begins.</summary>
    public string? AuthenticatorKey { get; set; }

    public bool TwoFactorEnabled { get; set; }

    /// <summary>Hashes of the unused recovery codes.</summary>
    public string? RecoveryCodes { get; set; }

    /// <summary>The last authenticator time step accepted, so a code is never accepted twice.</summary>
    public long? LastTotpTimeStep { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTime? LockoutEnd { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// Seeded for development with the demo password. Only such an account may sign in without a
    /// second factor, and only while the demo does not require one.
    /// </summary>
    public bool IsDevelopmentAccount { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    public string Name => $"{FirstName} {LastName}";

    public bool IsLockedOut(DateTime now) => LockoutEnd > now;

    /// <summary>Counts a wrong password or code; the last one allowed locks the account for <paramref name="lockout"/>.</summary>
    public void RecordFailure(DateTime now, int maxFailures, TimeSpan lockout)
    {
        if (++AccessFailedCount >= maxFailures)
        {
            AccessFailedCount = 0;
            LockoutEnd = now.Add(lockout);
        }
    }
}
