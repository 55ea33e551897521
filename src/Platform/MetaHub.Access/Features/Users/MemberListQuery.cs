namespace MetaHub.Access.Features.Users;

/// <summary>
/// The members list's search (name or email), sort (<c>name</c>, <c>email</c>, <c>role</c>,
/// <c>lastLoginAt</c>, <c>joinedAt</c>; a leading <c>-</c> sorts descending) and page.
/// </summary>
internal sealed record MemberListQuery(string? Search, string? Sort, int? Page, int? PageSize);
