using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>A company of the tenant's group: a main company, or a subsidiary under its parent.</summary>
public sealed class Company : Entity, ITenantOwned
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 60;

    public Guid TenantId { get; set; }

    public Guid? ParentCompanyId { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public string? TaxNumber { get; set; }

    public string? TaxOffice { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? LogoUrl { get; set; }

    public string? PrimaryColor { get; set; }

    public string? SecondaryColor { get; set; }

    public CompanySettings Settings { get; set; } = new();

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
