namespace MetaHub.Access.Features.Auth;

internal sealed record EnrollRequest(string? TwoFactorToken);
