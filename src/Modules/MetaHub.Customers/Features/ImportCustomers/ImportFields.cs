using System.Globalization;
using System.Text;
using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// The customer fields a CSV column can fill, the header names that suggest each (Turkish and
/// English, as people and Excel write them) and the status words a cell may hold.
/// </summary>
internal static class ImportFields
{
    public const string CompanyName = "companyName";
    public const string ContactPerson = "contactPerson";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Address = "address";
    public const string Sector = "sector";
    public const string Status = "status";
    public const string Notes = "notes";

    /// <summary>In the order of the customer form.</summary>
    public static readonly IReadOnlyList<string> All = [CompanyName, ContactPerson, Phone, Email, Address, Sector, Status, Notes];

    // Keys are folded (see Fold): "Firma Adı", "FİRMA ADI" and "firma_adi" all read "firmaadi".
    private static readonly Dictionary<string, string> HeaderNames = new(StringComparer.Ordinal)
    {
        ["firma"] = CompanyName, ["firmaadi"] = CompanyName, ["firmaunvani"] = CompanyName, ["unvan"] = CompanyName,
        ["sirket"] = CompanyName, ["sirketadi"] = CompanyName, ["musteri"] = CompanyName, ["musteriadi"] = CompanyName,
        ["company"] = CompanyName, ["companyname"] = CompanyName, ["customer"] = CompanyName, ["customername"] = CompanyName,
        ["organization"] = CompanyName, ["organisation"] = CompanyName,
        ["yetkili"] = ContactPerson, ["yetkilikisi"] = ContactPerson, ["ilgili"] = ContactPerson, ["ilgilikisi"] = ContactPerson,
        ["iletisimkisisi"] = ContactPerson, ["contact"] = ContactPerson, ["contactperson"] = ContactPerson, ["contactname"] = ContactPerson,
        ["telefon"] = Phone, ["tel"] = Phone, ["telefonno"] = Phone, ["telefonnumarasi"] = Phone, ["gsm"] = Phone, ["cep"] = Phone,
        ["ceptelefonu"] = Phone, ["phone"] = Phone, ["phonenumber"] = Phone, ["telephone"] = Phone, ["mobile"] = Phone,
        ["eposta"] = Email, ["epostaadresi"] = Email, ["mail"] = Email, ["email"] = Email, ["emailaddress"] = Email,
        ["adres"] = Address, ["address"] = Address,
        ["sektor"] = Sector, ["sektoru"] = Sector, ["sector"] = Sector, ["industry"] = Sector,
        ["durum"] = Status, ["durumu"] = Status, ["status"] = Status, ["state"] = Status,
        ["not"] = Notes, ["notlar"] = Notes, ["aciklama"] = Notes, ["note"] = Notes, ["notes"] = Notes, ["comments"] = Notes,
        ["description"] = Notes,
    };

    private static readonly Dictionary<string, CustomerStatus> StatusWords = new(StringComparer.Ordinal)
    {
        ["active"] = CustomerStatus.Active, ["aktif"] = CustomerStatus.Active,
        ["passive"] = CustomerStatus.Passive, ["pasif"] = CustomerStatus.Passive,
        ["potential"] = CustomerStatus.Potential, ["potansiyel"] = CustomerStatus.Potential,
    };

    public static bool IsField(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>The field each header suggests (null for none); a field goes to the first header that names it.</summary>
    public static Dictionary<string, string?> Suggest(IEnumerable<string> headers)
    {
        var mapping = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var header in headers.Where(h => h.Length > 0))
        {
            var field = HeaderNames.GetValueOrDefault(Fold(header));
            mapping[header] = field is not null && !mapping.ContainsValue(field) ? field : null;
        }

        return mapping;
    }

    /// <summary>active/passive/potential or aktif/pasif/potansiyel, in any case and with or without Turkish letters.</summary>
    public static bool TryParseStatus(string text, out CustomerStatus status) => StatusWords.TryGetValue(Fold(text), out status);

    /// <summary>
    /// Lower-case letters and digits only, Turkish letters as their Latin bases (ı and İ as i), so
    /// header names and status words match however they were typed.
    /// </summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = c == 'ı' ? 'i' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(lower))
            {
                folded.Append(lower);
            }
        }

        return folded.ToString();
    }
}
