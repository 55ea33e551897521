using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Subscriptions.ApiKeys;

/// <summary>A key as lists show it: never its secret or hash, only the prefix that recognises it.</summary>
public sealed record ModuleApiKeyResponse(
    Guid Id,
    Guid TenantId,
    string Module,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    DateTime? ExpiresAt,
    DateTime? RevokedAt,
    DateTime? LastUsedAt,
    string CreatedBy,
    DateTime CreatedAt)
{
    internal static ModuleApiKeyResponse From(ModuleApiKey key) => new(
        key.Id, key.TenantId, key.Module, key.Name, ModuleApiKeyFormat.Marker + key.Prefix, key.Scopes, key.ExpiresAt, key.RevokedAt, key.LastUsedAt, key.CreatedBy, key.CreatedAt);

    /// <summary>Whether the key still works at <paramref name="now"/> (not revoked, not expired).</summary>
    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
