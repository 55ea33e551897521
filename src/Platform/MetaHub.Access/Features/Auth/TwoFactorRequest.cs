namespace MetaHub.Access.Features.Auth;

internal sealed record TwoFactorRequest(string? TwoFactorToken, string? Code, string? RecoveryCode);
