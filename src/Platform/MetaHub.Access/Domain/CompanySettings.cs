namespace MetaHub.Access.Domain;

/// <summary>How a company works: money, time, numbering and which of the tenant's modules it uses.</summary>
public sealed class CompanySettings
{
    public string Currency { get; set; } = "TRY";

    public string TimeZone { get; set; } = "Europe/Istanbul";

    public string DateFormat { get; set; } = "dd.MM.yyyy";

    /// <summary>Month (1–12) the fiscal year starts in.</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    public string InvoicePrefix { get; set; } = "INV";

    public long NextInvoiceNumber { get; set; } = 1;

    /// <summary>Module codes this company uses, out of those the tenant has; empty means all of them.</summary>
    public List<string> EnabledModules { get; set; } = [];
}
