using Microsoft.Extensions.Options;
using Quartz;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>Hands a verified sign-up to the job store; the job runs on whichever node picks it up.</summary>
internal sealed class ProvisioningScheduler(ISchedulerFactory schedulers, IOptions<OnboardingProvisioningOptions> options)
{
    public const string Group = "onboarding";

    public async Task ScheduleAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob<ProvisionTenantJob, ProvisionTenantInput>(
            new ProvisionTenantInput(registrationId),
            TimeSpan.FromSeconds(options.Value.DelaySeconds),
            new OneOffJobOptions { Name = $"provision-{registrationId:N}", Group = Group, RequestRecovery = true, OnConflict = TriggerConflict.Replace },
            cancellationToken);
    }
}
