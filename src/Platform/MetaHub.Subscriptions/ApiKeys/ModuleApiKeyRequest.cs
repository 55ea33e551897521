namespace MetaHub.Subscriptions.ApiKeys;

/// <summary>A new key: a name to recognise it by, its scopes (<c>read</c>, <c>write</c>) and, optionally, when it expires (UTC).</summary>
public sealed record ModuleApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes, DateTime? ExpiresAt);
