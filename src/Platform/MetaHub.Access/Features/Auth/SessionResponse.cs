namespace MetaHub.Access.Features.Auth;

internal sealed record SessionResponse(
    Guid Id, string Kind, string? IpAddress, string? UserAgent, DateTime CreatedAt, DateTime LastSeenAt, bool Current);
