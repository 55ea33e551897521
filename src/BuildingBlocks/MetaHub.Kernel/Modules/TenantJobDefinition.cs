namespace MetaHub.Kernel.Modules;

/// <summary>
/// A background job a module runs for each of its tenants (<see cref="IModule.Jobs"/>). On each
/// firing of <paramref name="Schedule"/> the host walks the active tenants that have the module
/// enabled and, when <paramref name="Flag"/> is given, the flag on, and runs <paramref name="Job"/>
/// (an <see cref="ITenantJob"/>) for each in a scope bound to that tenant. One firing runs at a
/// time across the cluster; a tenant's failure is logged and the next tenant runs.
/// </summary>
/// <param name="Module">The declaring module's code.</param>
/// <param name="Name">Lower-case letters, digits and dashes; <c>module.name</c> names the job in the scheduler and the logs.</param>
/// <param name="Schedule">A Quartz cron expression, seconds first: <c>"0 0/15 * * * ?"</c> is every quarter of an hour.</param>
/// <param name="Job">The <see cref="ITenantJob"/> type.</param>
/// <param name="Flag">A feature flag that must be on for the tenant, or null.</param>
public sealed record TenantJobDefinition(string Module, string Name, string Schedule, Type Job, FeatureFlagDefinition? Flag = null)
{
    public Type Job { get; } = typeof(ITenantJob).IsAssignableFrom(Job) && Job is { IsAbstract: false, IsInterface: false }
        ? Job
        : throw new ArgumentException($"A tenant job must be a class implementing {nameof(ITenantJob)}.", nameof(Job));

    /// <summary><c>module.name</c>: the job's identity in the scheduler.</summary>
    public string Code { get; } = Module + "." + Name;
}
