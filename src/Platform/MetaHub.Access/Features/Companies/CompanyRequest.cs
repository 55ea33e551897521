namespace MetaHub.Access.Features.Companies;

/// <summary>Everything an administrator edits about a company (SPEC §5); <c>settings</c> may be left out for the defaults.</summary>
internal sealed record CompanyRequest(
    string? Name,
    string? Slug,
    Guid? ParentCompanyId,
    string? Description,
    string? TaxNumber,
    string? TaxOffice,
    string? Address,
    string? Phone,
    string? Email,
    string? PrimaryColor,
    string? SecondaryColor,
    bool? IsActive,
    CompanySettingsRequest? Settings);
