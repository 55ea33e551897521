namespace MetaHub.Leads.Features.Editing;

/// <summary>
/// A lead as its form sends it (SPEC §6). <c>source</c> and <c>status</c> are snake_case names
/// (website … other; new … lost); left out, a new lead starts as <c>other</c>/<c>new</c> and an
/// edited one keeps them. Every other field is replaced as sent: null clears it.
/// </summary>
internal sealed record LeadRequest(
    string? CompanyName,
    string? ContactPerson,
    string? Phone,
    string? Email,
    string? Source,
    string? Status,
    decimal? ExpectedValue,
    string? Currency,
    DateOnly? NextContactDate,
    string? Notes,
    Guid? AssigneeId,
    string? LostReason);
