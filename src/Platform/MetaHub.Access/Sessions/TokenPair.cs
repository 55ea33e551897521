namespace MetaHub.Access.Sessions;

/// <summary>What an API client gets when it signs in or refreshes: <c>{ accessToken, refreshToken, expiresIn }</c>.</summary>
internal sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn);
