namespace MetaHub.Kernel.Security;

/// <summary>
/// Where the platform keeps module API keys (the catalog), so the tenant side can authenticate a
/// key without depending on the platform.
/// </summary>
public interface IModuleApiKeyStore
{
    Task<ModuleApiKeyCredential?> FindAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Records that the key was used, unless it was already recorded within the last minute.</summary>
    Task TouchAsync(Guid keyId, DateTime usedAt, CancellationToken cancellationToken);
}
