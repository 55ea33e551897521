namespace MetaHub.Access.Features.Auth;

internal sealed record RefreshRequest(string? RefreshToken);
