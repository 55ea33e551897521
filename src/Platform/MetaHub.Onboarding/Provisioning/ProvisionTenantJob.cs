using Quartz;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>The durable job behind provisioning: stored in the job store, recovered after a crash.</summary>
[DisallowConcurrentExecution]
internal sealed class ProvisionTenantJob(TenantProvisioning provisioning) : IJob<ProvisionTenantInput>
{
    public async ValueTask Execute(IJobExecutionContext context, ProvisionTenantInput input, CancellationToken cancellationToken = default) =>
        await provisioning.RunAsync(input.RegistrationId, cancellationToken);
}
