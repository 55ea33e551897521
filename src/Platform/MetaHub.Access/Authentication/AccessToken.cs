namespace MetaHub.Access.Authentication;

/// <summary>A signed access token and its lifetime in seconds.</summary>
public sealed record AccessToken(string Value, int ExpiresIn);
