using Quartz;

namespace MetaHub.Subscriptions.Modules;

/// <summary>Nightly: every tenant gets the module records it misses, and records of modules the platform no longer has go.</summary>
[DisallowConcurrentExecution]
internal sealed class RepairModulesJob(ModuleManagement management) : IJob
{
    public const string Name = "repair-modules";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await management.RepairAsync(cleanupOrphans: true, cancellationToken);
}
