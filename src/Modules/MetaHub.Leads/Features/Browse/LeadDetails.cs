using MetaHub.Leads.Domain;

namespace MetaHub.Leads.Features.Browse;

/// <summary>A lead with everything about it and its history, newest first.</summary>
internal sealed record LeadDetails(
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
    string? Notes,
    Guid? AssigneeId,
    string? AssigneeName,
    string? LostReason,
    Guid? CustomerId,
    DateTime? ConvertedAt,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<LeadActivityItem> Activities);
