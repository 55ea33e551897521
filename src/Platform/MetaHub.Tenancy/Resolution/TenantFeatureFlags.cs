using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// <see cref="IFeatureFlags"/> over the tenant directory. The scope's tenant is looked up again by
/// id rather than read from the scope's own copy, so a circuit or job that opened before a switch
/// changed sees the change on its next check.
/// </summary>
internal sealed class TenantFeatureFlags(ITenantContext context, TenantDirectory directory) : IFeatureFlags
{
    public ValueTask<bool> IsEnabledAsync(FeatureFlagDefinition flag, CancellationToken cancellationToken) =>
        context.Tenant is { } tenant ? IsEnabledAsync(tenant.Id, flag, cancellationToken) : ValueTask.FromResult(flag.DefaultEnabled);

    public async ValueTask<bool> IsEnabledAsync(Guid tenantId, FeatureFlagDefinition flag, CancellationToken cancellationToken) =>
        (await directory.FindAsync(tenantId, cancellationToken))?.Info.IsEnabled(flag) ?? flag.DefaultEnabled;
}
