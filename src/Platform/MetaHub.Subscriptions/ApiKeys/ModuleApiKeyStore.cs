using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Subscriptions.ApiKeys;

/// <summary>The catalog's module API keys, as the tenant side's key authentication reads them.</summary>
internal sealed class ModuleApiKeyStore(IDbContextFactory<CatalogDbContext> catalog) : IModuleApiKeyStore
{
    public async Task<ModuleApiKeyCredential?> FindAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        return await db.ModuleApiKeys.AsNoTracking()
            .Where(k => k.Prefix == prefix)
            .Select(k => new ModuleApiKeyCredential(k.Id, k.TenantId, k.Module, k.Name, k.Prefix, k.SecretHash, k.Scopes, k.ExpiresAt, k.RevokedAt, k.LastUsedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }

    // One conditional UPDATE: concurrent requests of a hot key write at most once a minute between them.
    public async Task TouchAsync(Guid keyId, DateTime usedAt, CancellationToken cancellationToken)
    {
        var recent = usedAt.AddMinutes(-1);
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await db.ModuleApiKeys
            .Where(k => k.Id == keyId && (k.LastUsedAt == null || k.LastUsedAt <= recent))
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, usedAt), cancellationToken);
    }
}
