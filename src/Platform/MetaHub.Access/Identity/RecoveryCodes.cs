using System.Security.Cryptography;

namespace MetaHub.Access.Identity;

/// <summary>
/// One-time codes for when the authenticator is lost: shown once, stored only as PBKDF2 hashes
/// salted with the account's id (joined by <c>;</c>), so a copy of the database yields none of them.
/// Tenant users (through <see cref="ProtectedUserStore"/>) and platform operators share them.
/// </summary>
internal static class RecoveryCodes
{
    public const int Count = 10;

    // Identity's alphabet and shape (XXXXX-XXXXX): no vowels, no look-alike characters.
    private const string Alphabet = "23456789BCDFGHJKMNPQRTVWXY";
    private const int HashIterations = 10_000;

    public static IReadOnlyList<string> New() =>
        [.. Enumerable.Range(0, Count).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5) + "-" + RandomNumberGenerator.GetString(Alphabet, 5))];

    /// <summary>What to store for <paramref name="codes"/> of the account <paramref name="owner"/>.</summary>
    public static string Store(Guid owner, IEnumerable<string> codes) => string.Join(';', codes.Select(code => Hash(owner, code)));

    /// <summary>
    /// Whether <paramref name="code"/> is one of the <paramref name="stored"/> codes; if so,
    /// <paramref name="remaining"/> is what to store instead, without it.
    /// </summary>
    public static bool TryRedeem(string? stored, Guid owner, string code, out string remaining)
    {
        var hashes = (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = hashes.IndexOf(Hash(owner, code));
        if (index >= 0)
        {
            hashes.RemoveAt(index);
        }

        remaining = string.Join(';', hashes);
        return index >= 0;
    }

    private static string Hash(Guid owner, string code) => Convert.ToHexString(Rfc2898DeriveBytes.Pbkdf2(
        code.Trim().ToUpperInvariant(), owner.ToByteArray(), HashIterations, HashAlgorithmName.SHA256, 32));
}
