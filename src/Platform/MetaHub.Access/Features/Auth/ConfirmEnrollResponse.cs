namespace MetaHub.Access.Features.Auth;

internal sealed record ConfirmEnrollResponse(string AccessToken, string RefreshToken, int ExpiresIn, IReadOnlyList<string> RecoveryCodes);
