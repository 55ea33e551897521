using System.Net.Mail;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Onboarding.Registration;

/// <summary>Sign-ups are found by address, so every use case reads it the same way: trimmed and lower-case.</summary>
internal static class RegistrationEmail
{
    public static string Normalize(string? email) => (email ?? "").Trim().ToLowerInvariant();

    /// <summary>A bare address (no display name) that fits the catalog.</summary>
    public static bool IsValid(string normalized) =>
        normalized.Length is > 0 and <= TenantRegistration.EmailMaxLength
        && MailAddress.TryCreate(normalized, out var address)
        && string.Equals(address.Address, normalized, StringComparison.Ordinal);
}
