using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Customers.Domain;

/// <summary>A person at a customer to reach: name, role there, phone, email; one may be the primary contact.</summary>
public sealed class CustomerContact : Entity, ICompanyOwned
{
    public const int TitleMaxLength = 100;

    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public Guid CustomerId { get; set; }

    public required string Name { get; set; }

    /// <summary>Their position at the customer, e.g. "Marketing manager".</summary>
    public string? Title { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool IsPrimary { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }
}
