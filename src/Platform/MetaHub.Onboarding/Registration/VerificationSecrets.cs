using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MetaHub.Access.Identity;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Onboarding.Registration;

/// <summary>The proof of an address: a 6-digit code to type and a link token to click, kept only as SHA-256 hashes.</summary>
internal static class VerificationSecrets
{
    /// <summary>
    /// A new code and token for <paramref name="registration"/>: the earlier ones stop working, the
    /// wrong-code count starts again and the cooldown and code count move on.
    /// </summary>
    public static (string Code, string Token) Renew(TenantRegistration registration, DateTime now, OnboardingOptions options)
    {
        var code = RandomNumberGenerator.GetInt32(1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var token = OpaqueTokens.New();
        registration.CodeHash = OpaqueTokens.Hash(code);
        registration.TokenHash = OpaqueTokens.Hash(token);
        registration.CodeExpiresAt = now.AddMinutes(options.CodeMinutes);
        registration.FailedAttempts = 0;
        registration.CodesSent++;
        registration.LastCodeSentAt = now;
        registration.UpdatedAt = now;
        return (code, token);
    }

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a guess matched.</summary>
    public static bool Matches(string? storedHash, string candidate) =>
        storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(OpaqueTokens.Hash(candidate)));

    /// <summary>When the next code may be mailed.</summary>
    public static DateTime ResendAvailableAt(TenantRegistration registration, OnboardingOptions options) =>
        (registration.LastCodeSentAt ?? registration.CreatedAt).AddSeconds(options.ResendCooldownSeconds);
}
