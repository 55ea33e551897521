using MetaHub.Leads.Domain;

namespace MetaHub.Leads.Features.Pipeline;

/// <summary>A lead as a card on the board.</summary>
internal sealed record PipelineCard(
    Guid Id,
    string CompanyName,
    string? ContactPerson,
    LeadStatus Status,
    decimal? ExpectedValue,
    string? Currency,
    DateOnly? NextContactDate,
    Guid? AssigneeId,
    string? AssigneeName,
    Guid? CustomerId);
