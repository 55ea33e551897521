using MetaHub.Access.Domain;

namespace MetaHub.Access.Features.Companies;

internal sealed record CompanyResponse(
    Guid Id,
    string Name,
    string Slug,
    Guid? ParentCompanyId,
    string? Description,
    string? TaxNumber,
    string? TaxOffice,
    string? Address,
    string? Phone,
    string? Email,
    string? LogoUrl,
    string? PrimaryColor,
    string? SecondaryColor,
    bool IsActive,
    CompanySettings Settings)
{
    public static CompanyResponse From(Company c) => new(
        c.Id, c.Name, c.Slug, c.ParentCompanyId, c.Description, c.TaxNumber, c.TaxOffice, c.Address, c.Phone, c.Email,
        c.LogoUrl, c.PrimaryColor, c.SecondaryColor, c.IsActive, c.Settings);
}
