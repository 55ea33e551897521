using MetaHub.Leads.Domain;

namespace MetaHub.Leads.Features.Browse;

/// <summary>One entry of a lead's history; a <c>status_change</c> describes the move as <c>new → contacted</c>.</summary>
internal sealed record LeadActivityItem(
    Guid Id,
    LeadActivityType Type,
    string Description,
    DateTime ContactDate,
    string? NextAction,
    DateOnly? NextActionDate,
    Guid? CreatedBy,
    string CreatedByName,
    DateTime CreatedAt);
