using MetaHub.Leads.Domain;

namespace MetaHub.Leads.Features.FollowUps;

/// <summary>An open lead to contact today, or <see cref="Overdue"/> when the day has passed.</summary>
/// <remarks>Public only because the follow-up list component, a public Razor class, takes it as a parameter.</remarks>
public sealed record FollowUpItem(
    Guid Id,
    string CompanyName,
    string? ContactPerson,
    string? Phone,
    string? Email,
    LeadStatus Status,
    DateOnly NextContactDate,
    bool Overdue,
    decimal? ExpectedValue,
    string? Currency,
    Guid? AssigneeId,
    string? AssigneeName);
