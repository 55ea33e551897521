namespace MetaHub.Tenancy.Catalog;

/// <summary>The shape of a tenant slug: 3–40 characters of a–z, 0–9 and inner hyphens.</summary>
public static class TenantSlug
{
    public const int MinLength = 3;

    public static bool IsValid(ReadOnlySpan<char> slug) => Check(slug, allowUpperCase: false);

    /// <summary>Like <see cref="IsValid"/> but ignoring case, for header values and host labels.</summary>
    public static bool IsValidIgnoringCase(ReadOnlySpan<char> slug) => Check(slug, allowUpperCase: true);

    private static bool Check(ReadOnlySpan<char> slug, bool allowUpperCase)
    {
        if (slug.Length is < MinLength or > Tenant.SlugMaxLength || slug[0] == '-' || slug[^1] == '-')
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-' && !(allowUpperCase && char.IsAsciiLetterUpper(c)))
            {
                return false;
            }
        }

        return true;
    }
}
