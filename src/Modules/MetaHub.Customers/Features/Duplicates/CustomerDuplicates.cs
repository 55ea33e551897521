using MetaHub.Customers.Domain;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Customers.Features.Duplicates;

/// <summary>
/// Finds the customers that share a name, an email address or a phone number with the one being
/// typed, so nobody enters the same client twice by accident. Deleted customers do not count.
/// </summary>
internal static class CustomerDuplicates
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Phone = "phone";

    /// <summary>At most this many are named: enough to recognise the customer, short enough for a warning.</summary>
    private const int Shown = 10;

    /// <summary>The live customers of <paramref name="customers"/> (a company-scoped set) that look like <paramref name="fields"/> (normalised), other than <paramref name="excludeId"/>.</summary>
    public static async Task<IReadOnlyList<DuplicateCustomer>> FindAsync(
        IQueryable<Customer> customers, CustomerFields fields, Guid? excludeId, CancellationToken cancellationToken)
    {
        var name = fields.CompanyName;
        var email = fields.Email;
        var digits = fields.Phone is { } phone ? Digits(phone) : null;
        if (name is null && email is null && string.IsNullOrEmpty(digits))
        {
            return [];
        }

        // The database narrows by length and bare digits; case is compared here, because lower()
        // folds only ASCII on SQLite and the Turkish dotted and dotless i need their own rule.
        var nameLength = name?.Length ?? -1;
        var emailLength = email?.Length ?? -1;
        var phoneDigits = string.IsNullOrEmpty(digits) ? null : digits;
        var candidates = await customers
            .Where(c => c.Id != excludeId)
            .Where(c => c.CompanyName.Length == nameLength
                || (c.Email != null && c.Email.Length == emailLength)
                || (phoneDigits != null && c.Phone != null
                    && c.Phone.Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "").Replace(".", "").Replace("+", "") == phoneDigits))
            .Select(c => new { c.Id, c.CompanyName, c.Email, c.Phone })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return
        [
            .. candidates
                .Select(c => new DuplicateCustomer(c.Id, c.CompanyName,
                [
                    .. Same(name, c.CompanyName) ? [Name] : Array.Empty<string>(),
                    .. Same(email, c.Email) ? [Email] : Array.Empty<string>(),
                    .. phoneDigits is not null && c.Phone is not null && Digits(c.Phone) == phoneDigits ? [Phone] : Array.Empty<string>(),
                ]))
                .Where(d => d.Matches.Count > 0)
                .OrderByDescending(d => d.Matches.Count)
                .ThenBy(d => d.CompanyName, StringComparer.CurrentCulture)
                .Take(Shown),
        ];
    }

    private static string Digits(string phone) => string.Concat(phone.Where(char.IsAsciiDigit));

    private static bool Same(string? typed, string? stored) =>
        typed is not null && stored is not null && string.Equals(Fold(typed), Fold(stored), StringComparison.Ordinal);

    /// <summary>
    /// Upper case with the Turkish dotless ı and dotted İ as I (invariant casing leaves both alone),
    /// so "Yıldız", "YILDIZ", "İnci" and "inci" match as a person reading them would.
    /// </summary>
    private static string Fold(string value) => value.ToUpperInvariant().Replace('ı', 'I').Replace('İ', 'I');
}
