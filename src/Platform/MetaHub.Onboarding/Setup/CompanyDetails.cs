namespace MetaHub.Onboarding.Setup;

/// <summary>The first company's details, asked for by the setup wizard's first step.</summary>
internal sealed record CompanyDetails(string? Name, string? TaxNumber, string? TaxOffice, string? Address, string? Phone, string? Email);
