using MetaHub.Customers.Resources;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// Finds rows that repeat a customer: the same company name (ignoring case and Turkish letters),
/// email (ignoring case) or phone (its last ten digits) as a stored customer or an earlier row.
/// </summary>
internal sealed class DuplicateFinder(IStringLocalizer<CustomersResources> localizer)
{
    private readonly Dictionary<(string Field, string Key), int?> seen = [];

    /// <summary>Remembers a stored customer's values; a row that repeats one is reported without a row number.</summary>
    public void AddStored(string? companyName, string? email, string? phone)
    {
        foreach (var (field, key) in Keys(companyName, email, phone))
        {
            seen.TryAdd((field, key), null);
        }
    }

    /// <summary>The ways <paramref name="fields"/> (normalised) repeat what came before; then remembers them for later rows.</summary>
    public List<ImportDuplicate> Check(int row, CustomerFields fields)
    {
        var duplicates = new List<ImportDuplicate>();
        foreach (var (field, key) in Keys(fields.CompanyName, fields.Email, fields.Phone))
        {
            if (seen.TryGetValue((field, key), out var earlier))
            {
                var label = localizer[$"csv.field.{field}"];
                var message = earlier is { } line ? localizer["import.duplicate.inFile", label, line] : localizer["import.duplicate.stored", label];
                duplicates.Add(new ImportDuplicate(row, field, Value(fields, field), earlier, message));
            }
            else
            {
                seen[(field, key)] = row;
            }
        }

        return duplicates;
    }

    private static string Value(CustomerFields fields, string field) => field switch
    {
        ImportFields.CompanyName => fields.CompanyName,
        ImportFields.Email => fields.Email,
        _ => fields.Phone,
    } ?? "";

    private static IEnumerable<(string Field, string Key)> Keys(string? companyName, string? email, string? phone)
    {
        if (companyName is not null && ImportFields.Fold(companyName) is { Length: > 0 } name)
        {
            yield return (ImportFields.CompanyName, name);
        }

        if (email is not null && email.Trim() is { Length: > 0 } address)
        {
            yield return (ImportFields.Email, address.ToLowerInvariant());
        }

        // The last ten digits, so 0532 111 22 33 and +90 532 111 22 33 are one number.
        if (phone is not null && new string([.. phone.Where(char.IsAsciiDigit)]) is { Length: >= 7 } digits)
        {
            yield return (ImportFields.Phone, digits.Length > 10 ? digits[^10..] : digits);
        }
    }
}
