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

        // Written aside and moved into place, so a process starting at the same moment either
        // finds no file or a whole one; the one that loses the race takes the winner's key.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var candidate = path + "." + Guid.NewGuid().ToString("N");
        File.WriteAllText(candidate, protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        try
        {
            File.Move(candidate, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(candidate);
        }

        return protector.Unprotect(File.ReadAllText(path));
    }
}
