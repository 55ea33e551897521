using System.Security.Cryptography;
using System.Text;

namespace MetaHub.Access.Identity;

/// <summary>Bearer secrets (refresh tokens, invitation links): 256 random bits for the holder, only their SHA-256 in the database.</summary>
internal static class OpaqueTokens
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
