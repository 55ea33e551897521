namespace MetaHub.Leads.Features.Pipeline;

/// <summary>A move on the board: the new status (snake_case) and, for <c>lost</c>, why.</summary>
internal sealed record StatusRequest(string? Status, string? LostReason);
