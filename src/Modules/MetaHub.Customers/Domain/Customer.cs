using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Customers.Domain;

/// <summary>A client company of one of the tenant's companies (SPEC §6).</summary>
public sealed class Customer : Entity, ICompanyOwned
{
    public const int CompanyNameMaxLength = 200;

    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public required string CompanyName { get; set; }

    public string? ContactPerson { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? Sector { get; set; }

    public CustomerStatus Status { get; set; } = CustomerStatus.Active;

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
