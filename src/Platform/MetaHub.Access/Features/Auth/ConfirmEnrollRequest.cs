namespace MetaHub.Access.Features.Auth;

internal sealed record ConfirmEnrollRequest(string? TwoFactorToken, string? Code);
