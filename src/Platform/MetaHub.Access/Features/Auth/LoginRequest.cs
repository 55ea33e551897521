namespace MetaHub.Access.Features.Auth;

internal sealed record LoginRequest(string? Email, string? Password);
