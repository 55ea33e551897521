using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MetaHub.Web.Infrastructure;

/// <summary>
/// The token signing key of a single node that has none configured: 32 random bytes created once
/// in the data directory, encrypted with Data Protection. Several nodes must configure
/// <c>MetaHub:Auth:SigningKey</c> instead, so that each accepts the others' tokens.
/// </summary>
internal static class LocalSigningKey
{
    public static string LoadOrCreate(string dataDirectory, IDataProtectionProvider dataProtection)
    {
        var protector = dataProtection.CreateProtector("MetaHub.Auth.SigningKey");
        var path = Path.Combine(dataDirectory, "keys", "token-signing.key");
        if (File.Exists(path))
        {
            return protector.Unprotect(File.ReadAllText(path));
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, protector.Protect(key));
        return key;
    }
}
