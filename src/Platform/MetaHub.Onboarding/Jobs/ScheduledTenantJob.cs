using MetaHub.Tenancy.Jobs;
using Quartz;

namespace MetaHub.Onboarding.Jobs;

/// <summary>
/// The scheduler's side of a module's per-tenant job: one Quartz job per declared job, named
/// <c>module.name</c>, whose firing the runner carries over the tenants. Firings of the same job
/// never overlap, on any node of the cluster.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledTenantJob(TenantJobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunAsync(context.JobDetail.Key.Name, cancellationToken);
}
