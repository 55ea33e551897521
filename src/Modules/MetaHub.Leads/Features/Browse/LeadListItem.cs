using MetaHub.Leads.Domain;

namespace MetaHub.Leads.Features.Browse;

/// <summary>A lead as the list shows it.</summary>
internal sealed record LeadListItem(
    Guid Id,
    string CompanyName,
    string? ContactPerson,
    string? Phone,
    string? Email,
    LeadSource Source,
    LeadStatus Status,
    decimal? ExpectedValue,
    string? Currency,
    DateOnly? NextContactDate,
    Guid? AssigneeId,
    string? AssigneeName,
    Guid? CustomerId,
    DateTime CreatedAt);
