using System.Linq.Expressions;
using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features;

/// <summary>A customer as the API and the pages show it; <see cref="DeletedAt"/> is set only in the trash.</summary>
public sealed record CustomerResponse(
    Guid Id,
    string CompanyName,
    string? ContactPerson,
    string? Phone,
    string? Email,
    string? Address,
    string? Sector,
    CustomerStatus Status,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeletedAt)
{
    /// <summary>The one mapping: lists select it in SQL (only these columns, no entities), single customers run it compiled.</summary>
    internal static readonly Expression<Func<Customer, CustomerResponse>> Projection = c => new(
        c.Id, c.CompanyName, c.ContactPerson, c.Phone, c.Email, c.Address, c.Sector, c.Status, c.Notes,
        StoredTime.Utc(c.CreatedAt), StoredTime.Utc(c.UpdatedAt), StoredTime.Utc(c.DeletedAt));

    private static readonly Func<Customer, CustomerResponse> Map = Projection.Compile();

    internal static CustomerResponse From(Customer c) => Map(c);

    /// <summary>The fields as the form edits them and the API takes them back.</summary>
    public CustomerFields Fields() => new(CompanyName, ContactPerson, Phone, Email, Address, Sector, Status, Notes);
}
