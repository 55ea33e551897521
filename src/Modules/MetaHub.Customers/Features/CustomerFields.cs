using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features;

/// <summary>A customer's own fields as a person types them — in a form, an API request or a CSV row.</summary>
public sealed record CustomerFields(
    string? CompanyName,
    string? ContactPerson = null,
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    string? Sector = null,
    CustomerStatus? Status = null,
    string? Notes = null)
{
    /// <summary>The same fields trimmed, blank ones as null: what is checked and what is stored.</summary>
    public CustomerFields Normalised() => new(
        Clean(CompanyName), Clean(ContactPerson), Clean(Phone), Clean(Email), Clean(Address), Clean(Sector), Status, Clean(Notes));

    /// <summary>Writes the (normalised) fields onto <paramref name="customer"/>; no status keeps the current one.</summary>
    public void ApplyTo(Customer customer)
    {
        customer.CompanyName = CompanyName ?? "";
        customer.ContactPerson = ContactPerson;
        customer.Phone = Phone;
        customer.Email = Email;
        customer.Address = Address;
        customer.Sector = Sector;
        customer.Status = Status ?? customer.Status;
        customer.Notes = Notes;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
