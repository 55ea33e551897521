using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MetaHub.Kernel.Security;

/// <summary>
/// What a module API key looks like: <c>mh_</c>, a 12-character prefix that finds it, then the
/// secret (32 random bytes, base64url). Only the prefix and the key's SHA-256 are kept.
/// </summary>
public static class ModuleApiKeyFormat
{
    /// <summary>The request header that carries a key.</summary>
    public const string Header = "X-Api-Key";

    public const string Marker = "mh_";

    public const int PrefixLength = 12;

    public const string ReadScope = "read";

    public const string WriteScope = "write";

    private const int SecretBytes = 32;

    /// <summary>Every scope a key may hold: <c>read</c> gives the module's read-only permissions, <c>write</c> all of them.</summary>
    public static IReadOnlyList<string> Scopes { get; } = [ReadScope, WriteScope];

    /// <summary>A new key and its prefix.</summary>
    public static (string Prefix, string Key) New()
    {
        var prefix = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(PrefixLength * 3 / 4));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return (prefix, Marker + prefix + secret);
    }

    /// <summary>The prefix of something that has the shape of a key; null otherwise.</summary>
    public static string? PrefixOf(string? key) =>
        key is { Length: > PrefixLength + 3 } && key.StartsWith(Marker, StringComparison.Ordinal) && key.Length <= 200
            ? key.Substring(Marker.Length, PrefixLength)
            : null;

    /// <summary>Lower-case hex SHA-256 of the whole key, as stored.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string key, string storedHash)
    {
        var expected = Convert.FromHexString(storedHash);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), expected);
    }
}
