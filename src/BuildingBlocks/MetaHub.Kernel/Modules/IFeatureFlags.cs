namespace MetaHub.Kernel.Modules;

/// <summary>
/// Evaluates feature flags: the tenant's switch when it has one, else the flag's default. Answers
/// from the cached tenant directory (a switch saved in the catalog is seen by the next call, on
/// this node at once), so endpoints, components and jobs may ask as often as they like.
/// </summary>
public interface IFeatureFlags
{
    /// <summary>For the tenant of this request, circuit or tenant-bound job scope; without a tenant, the default.</summary>
    ValueTask<bool> IsEnabledAsync(FeatureFlagDefinition flag, CancellationToken cancellationToken);

    /// <summary>For a tenant by id, e.g. in a background job that is bound to no tenant; an unknown tenant gets the default.</summary>
    ValueTask<bool> IsEnabledAsync(Guid tenantId, FeatureFlagDefinition flag, CancellationToken cancellationToken);
}
