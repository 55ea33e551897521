namespace MetaHub.Access.Features.Companies;

/// <summary>
/// Recognises the image formats a logo may have by their first bytes: a browser's declared
/// content type is whatever the file name suggests, the bytes are what an <c>img</c> will decode.
/// </summary>
internal static class LogoFormat
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 12;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    /// <summary>The content type of the image, or null when it is none of PNG, JPEG and WebP.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Png))
        {
            return "image/png";
        }

        if (header.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (header.Length >= HeaderLength && header.StartsWith(Riff) && header[8..12].SequenceEqual(WebP))
        {
            return "image/webp";
        }

        return null;
    }
}
