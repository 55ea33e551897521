namespace MetaHub.Access.Features.Companies;

internal sealed record CompanySettingsRequest(
    string? Currency,
    string? TimeZone,
    string? DateFormat,
    int? FiscalYearStartMonth,
    string? InvoicePrefix,
    long? NextInvoiceNumber,
    IReadOnlyList<string>? EnabledModules);
