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
    public IReadOnlyDictionary<string, string[]> Check(CustomerFields fields)
    {
        var errors = new FieldErrors(localizer);
        errors.Text("companyName", fields.CompanyName, Customer.CompanyNameMaxLength, required: true);
        errors.Text("contactPerson", fields.ContactPerson, Customer.PersonMaxLength);
        errors.Text("address", fields.Address, Customer.AddressMaxLength);
        errors.Text("sector", fields.Sector, Customer.SectorMaxLength);
        errors.Text("notes", fields.Notes, Customer.NotesMaxLength);
        errors.Phone("phone", fields.Phone, Customer.PhoneMaxLength);
        errors.Email("email", fields.Email, Customer.EmailMaxLength);
        if (fields.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", localizer["validation.status"]);
        }

        return errors.Errors;
    }
}
