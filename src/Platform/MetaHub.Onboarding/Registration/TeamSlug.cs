using System.Globalization;
using System.Text;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Onboarding.Registration;

/// <summary>The address a team asks for: suggested from its name, and the names no team may have.</summary>
internal static class TeamSlug
{
    // Host names the platform uses or may use, and words that would pass for the platform itself.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "www", "api", "admin", "app", "mail", "smtp", "imap", "pop", "pop3", "ftp", "mx", "ns1", "ns2", "webmail", "email",
        "demo", "platform", "dev", "staging", "stage", "prod", "production", "beta", "sandbox", "test", "testing", "localhost",
        "static", "assets", "cdn", "media", "files", "img", "images", "upload", "uploads",
        "support", "help", "status", "blog", "docs", "news", "about", "contact", "legal", "terms", "privacy", "security", "abuse",
        "login", "logout", "signin", "signup", "register", "auth", "oauth", "sso", "account", "accounts", "verify", "onboarding", "setup",
        "billing", "payment", "payments", "invoice", "invoices", "metahub", "root", "system", "internal", "administrator", "sysadmin",
        "hostmaster", "postmaster", "webmaster", "noreply", "no-reply", "portal", "dashboard", "console", "health", "metrics", "monitoring",
        "tenant", "tenants", "autodiscover", "autoconfig",
    };

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    /// <summary>
    /// Lower-case ASCII from a team name: Turkish letters transliterated (ç→c, ğ→g, ı→i, ö→o, ş→s,
    /// ü→u), other accents dropped, spaces and hyphens joined into single hyphens, anything else left
    /// out, at most <see cref="Tenant.SlugMaxLength"/> characters. It may still be too short to use.
    /// </summary>
    public static string From(string? teamName)
    {
        var slug = new StringBuilder(Tenant.SlugMaxLength);
        var pendingHyphen = false;
        foreach (var c in Transliterate(teamName ?? ""))
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            slug.Append(char.ToLowerInvariant(c));
        }

        return slug.Length <= Tenant.SlugMaxLength ? slug.ToString() : slug.ToString(0, Tenant.SlugMaxLength).TrimEnd('-');
    }

    private static string Transliterate(string name)
    {
        var turkish = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            turkish.Append(c switch
            {
                'ç' or 'Ç' => 'c',
                'ğ' or 'Ğ' => 'g',
                'ı' or 'I' or 'İ' => 'i',
                'ö' or 'Ö' => 'o',
                'ş' or 'Ş' => 's',
                'ü' or 'Ü' => 'u',
                _ => c,
            });
        }

        // Other accented letters (â, î, é …) decompose into a base letter and a mark; the mark is dropped.
        var decomposed = turkish.ToString().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
