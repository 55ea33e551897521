namespace MetaHub.Access.Features.LoginHistory;

internal sealed record LoginAttemptResponse(
    Guid Id, Guid? UserId, string Email, string? IpAddress, string? UserAgent, string Status, string TwoFactorMethod, DateTime CreatedAt);
