using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features.Contacts;

public sealed record ContactResponse(
    Guid Id, Guid CustomerId, string Name, string? Title, string? Phone, string? Email, bool IsPrimary, string? Notes, DateTime CreatedAt)
{
    internal static ContactResponse From(CustomerContact c) =>
        new(c.Id, c.CustomerId, c.Name, c.Title, c.Phone, c.Email, c.IsPrimary, c.Notes, StoredTime.Utc(c.CreatedAt));

    public ContactRequest Request() => new(Name, Title, Phone, Email, IsPrimary, Notes);
}
