using MetaHub.Customers.Domain;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Validation;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features;

/// <summary>
/// What a customer's fields must be, with localised messages per field — one set of rules for the
/// form, the API and every row of a CSV import.
/// </summary>
internal sealed class CustomerRules(IStringLocalizer<CustomersResources> localizer)
{
    /// <summary>The problems of <paramref name="fields"/> (normalised), by camelCase field name; empty when there are none.</summary>
    public Dictionary<string, string[]> Check(CustomerFields fields)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        void Length(string field, string? value, int max)
        {
            if (value is not null && value.Length > max)
            {
                Add(field, localizer["validation.tooLong", max]);
            }
        }

        if (fields.CompanyName is null)
        {
            Add("companyName", localizer["validation.required"]);
        }

        Length("companyName", fields.CompanyName, Customer.CompanyNameMaxLength);
        Length("contactPerson", fields.ContactPerson, Customer.PersonMaxLength);
        Length("address", fields.Address, Customer.AddressMaxLength);
        Length("sector", fields.Sector, Customer.SectorMaxLength);
        Length("notes", fields.Notes, Customer.NotesMaxLength);
        if (fields.Phone is not null && (fields.Phone.Length > Customer.PhoneMaxLength || !ContactFormat.IsPhone(fields.Phone)))
        {
            Add("phone", localizer["validation.phone"]);
        }

        if (fields.Email is not null && (fields.Email.Length > Customer.EmailMaxLength || !ContactFormat.IsEmail(fields.Email)))
        {
            Add("email", localizer["validation.email"]);
        }

        if (fields.Status is { } status && !Enum.IsDefined(status))
        {
            Add("status", localizer["validation.status"]);
        }

        return errors;
    }
}
