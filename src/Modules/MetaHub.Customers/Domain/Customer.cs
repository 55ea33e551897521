using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Customers.Domain;

/// <summary>A client company of one of the tenant's companies (SPEC §6). Deleting it only marks it, so it can be restored.</summary>
public sealed class Customer : Entity, ICompanyOwned
{
    public const int CompanyNameMaxLength = 200;
    public const int PersonMaxLength = 150;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 254;
    public const int AddressMaxLength = 500;
    public const int SectorMaxLength = 100;
    public const int NotesMaxLength = 4000;

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

    /// <summary>When it was deleted; a deleted customer is hidden everywhere until restored.</summary>
    public DateTime? DeletedAt { get; set; }

    public List<CustomerContact> Contacts { get; } = [];
}
