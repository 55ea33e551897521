using System.Globalization;
using System.Text;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// Host normalisation of SPEC §2.1: trim, drop the port, a trailing dot and a leading <c>www.</c>.
/// Case is left alone because every lookup compares ordinal-ignore-case; ASCII hosts therefore
/// normalise without allocating. Internationalised names become punycode (which allocates).
/// </summary>
public static class HostName
{
    private const int MaxLength = 253;
    private const int MaxLabelLength = 63;
    private static readonly IdnMapping Idn = new();

    /// <summary>Normalises and lower-cases a host for storage, or returns <see langword="null"/> for garbage.</summary>
    public static string? Normalize(string? value) =>
        TryNormalize(value, out var host) ? host.ToString().ToLowerInvariant() : null;

    public static bool TryNormalize(ReadOnlySpan<char> value, out ReadOnlySpan<char> host)
    {
        host = default;
        value = value.Trim();
        if (value.IsEmpty)
        {
            return false;
        }

        if (value[0] == '[')
        {
            // IPv6 literal: never a tenant domain, but still a well-formed host.
            var close = value.IndexOf(']');
            if (close < 0 || !IsPortOrEmpty(value[(close + 1)..]))
            {
                return false;
            }

            host = value[..(close + 1)];
            return true;
        }

        var colon = value.IndexOf(':');
        if (colon >= 0)
        {
            if (!IsPortOrEmpty(value[colon..]))
            {
                return false;
            }

            value = value[..colon];
        }

        if (value.EndsWith('.'))
        {
            value = value[..^1];
        }

        if (value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && value.Length > 4)
        {
            value = value[4..];
        }

        if (!Ascii.IsValid(value))
        {
            return TryConvertIdn(value, out host);
        }

        if (!IsValidAsciiHost(value))
        {
            return false;
        }

        host = value;
        return true;
    }

    /// <summary>Takes the host out of an absolute URL such as an <c>Origin</c> or <c>Referer</c> value.</summary>
    public static bool TryGetHostFromUrl(ReadOnlySpan<char> url, out ReadOnlySpan<char> host)
    {
        host = default;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return false;
        }

        var authority = url[(scheme + 3)..];
        var end = authority.IndexOfAny('/', '?', '#');
        if (end >= 0)
        {
            authority = authority[..end];
        }

        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        return TryNormalize(authority, out host);
    }

    private static bool IsPortOrEmpty(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return true;
        }

        if (value[0] != ':' || value.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in value[1..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidAsciiHost(ReadOnlySpan<char> host)
    {
        if (host.Length > MaxLength)
        {
            return false;
        }

        var labelLength = 0;
        for (var i = 0; i < host.Length; i++)
        {
            var c = host[i];
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labelLength = 0;
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }

            if (++labelLength > MaxLabelLength)
            {
                return false;
            }
        }

        return labelLength > 0;
    }

    private static bool TryConvertIdn(ReadOnlySpan<char> value, out ReadOnlySpan<char> host)
    {
        host = default;
        try
        {
            var ascii = Idn.GetAscii(value.ToString());
            if (!IsValidAsciiHost(ascii))
            {
                return false;
            }

            host = ascii;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
