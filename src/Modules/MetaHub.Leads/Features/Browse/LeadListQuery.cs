namespace MetaHub.Leads.Features.Browse;

/// <summary>
/// Filters of the lead list: <c>search</c> in company, contact, email and phone; <c>status</c> and
/// <c>source</c> as snake_case names; <c>sort</c> by companyName, createdAt, nextContactDate,
/// expectedValue or status (pipeline order), prefixed with <c>-</c> for descending.
/// </summary>
internal sealed record LeadListQuery(string? Search, string? Status, string? Source, Guid? AssigneeId, string? Sort, int? Page, int? PageSize);
