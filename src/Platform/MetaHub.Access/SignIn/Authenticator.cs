using System.Security.Cryptography;
using OtpNet;
using QRCoder;

namespace MetaHub.Access.SignIn;

/// <summary>
/// TOTP as authenticator apps speak it (RFC 6238: SHA-1, 6 digits, 30 s), accepting one step of
/// clock drift either way and never the same step twice for an account. Tenant users and platform
/// operators share it.
/// </summary>
internal static class Authenticator
{
    /// <summary>A new shared secret: 160 random bits in base32, as Identity makes them.</summary>
    public static string NewKey() => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(20));

    /// <summary>
    /// Checks <paramref name="code"/> against <paramref name="key"/>; a step at or before
    /// <paramref name="lastTimeStep"/> (the last one the account used) is refused.
    /// </summary>
    public static bool TryVerify(long? lastTimeStep, string key, string? code, DateTimeOffset now, out long timeStep)
    {
        timeStep = 0;
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        return totp.VerifyTotp(now.UtcDateTime, digits, out timeStep, VerificationWindow.RfcSpecifiedNetworkDelay)
            && timeStep > (lastTimeStep ?? long.MinValue);
    }

    /// <summary>What an authenticator app needs for <paramref name="key"/>: the key as people type it, the otpauth URI and its QR code.</summary>
    public static Enrolment Enrolment(string issuer, string account, string key)
    {
        var uri = Uri(issuer, account, key);
        return new Enrolment(Format(key), uri, QrCodeDataUrl(uri));
    }

    private static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}"
        + $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>The key in groups of four, as people type it.</summary>
    private static string Format(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    private static string QrCodeDataUrl(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
