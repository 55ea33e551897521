namespace MetaHub.Leads.Features.Conversion;

/// <summary>The customer a lead became, and when.</summary>
internal sealed record ConversionResponse(Guid LeadId, Guid CustomerId, DateTime ConvertedAt);
