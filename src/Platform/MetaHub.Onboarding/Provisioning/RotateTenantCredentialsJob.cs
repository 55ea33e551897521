using MetaHub.Tenancy.Placement;
using Quartz;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>Nightly: new credentials for tenant databases whose rotation date has passed.</summary>
[DisallowConcurrentExecution]
internal sealed class RotateTenantCredentialsJob(TenantCredentialRotation rotation) : IJob
{
    public const string Name = "rotate-tenant-credentials";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await rotation.RotateDueAsync(cancellationToken);
}
