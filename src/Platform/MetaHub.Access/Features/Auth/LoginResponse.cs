namespace MetaHub.Access.Features.Auth;

/// <summary>Either the second factor is due (with its token; <c>requiresEnrollment</c> when the user must set one up first) or the tokens.</summary>
internal sealed record LoginResponse(
    bool RequiresTwoFactor,
    bool RequiresEnrollment,
    string? TwoFactorToken,
    string? AccessToken,
    string? RefreshToken,
    int? ExpiresIn);
