namespace MetaHub.Kernel.Security;

/// <summary>What a request's key is checked against: never the secret, only its hash.</summary>
public sealed record ModuleApiKeyCredential(
    Guid Id,
    Guid TenantId,
    string Module,
    string Name,
    string Prefix,
    string SecretHash,
    IReadOnlyList<string> Scopes,
    DateTime? ExpiresAt,
    DateTime? RevokedAt,
    DateTime? LastUsedAt);
