using MetaHub.Tenancy.Catalog;

namespace MetaHub.Onboarding.Setup;

internal sealed record CompleteSetupRequest(
    Guid TenantId,
    Guid PackageId,
    BillingPeriod BillingPeriod,
    IReadOnlyList<string>? SelectedModules,
    CompanyDetails? CompanyDetails);
