namespace MetaHub.Leads.Features.Pipeline;

/// <summary>A sum of expected values in one currency; amounts in different currencies are never added up.</summary>
internal sealed record MoneyTotal(string Currency, decimal Amount);
