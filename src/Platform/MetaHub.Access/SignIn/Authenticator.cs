using MetaHub.Access.Domain;
using OtpNet;
using QRCoder;

namespace MetaHub.Access.SignIn;

/// <summary>
/// TOTP as authenticator apps speak it (RFC 6238: SHA-1, 6 digits, 30 s), accepting one step of
/// clock drift either way and never the same step twice for a user.
/// </summary>
internal static class Authenticator
{
    public static bool TryVerify(User user, string key, string? code, DateTimeOffset now, out long timeStep)
    {
        timeStep = 0;
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        return totp.VerifyTotp(now.UtcDateTime, digits, out timeStep, VerificationWindow.RfcSpecifiedNetworkDelay)
            && timeStep > (user.LastTotpTimeStep ?? long.MinValue);
    }

    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}"
        + $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>The key in groups of four, as people type it.</summary>
    public static string Format(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    public static string QrCodeDataUrl(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
