using System.Collections.Frozen;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetaHub.Tenancy.Jobs;

/// <summary>
/// Runs the modules' per-tenant jobs (<see cref="IModule.Jobs"/>): for one firing, every active
/// tenant of the catalog that has the job's module enabled and its flag on gets the job, in a
/// service scope bound to it (tenant-wide data scope, audited as the system). Module switches and
/// flags are read from the cached tenant directory, so an operator's change applies to the next
/// firing. A tenant's failure is logged and the next tenant runs. The scheduler calls it; so can
/// anything that wants a job run now.
/// </summary>
internal sealed partial class TenantJobRunner
{
    private readonly FrozenDictionary<string, TenantJobDefinition> jobs;

    // The scheduler runs one firing of a job at a time; this keeps a run started on this node by
    // other means from overlapping it, so nobody is mailed twice for the same reminders.
    private readonly FrozenDictionary<string, SemaphoreSlim> running;
    private readonly IDbContextFactory<CatalogDbContext> catalog;
    private readonly TenantDirectory directory;
    private readonly TenantScopes scopes;
    private readonly IServiceScopeFactory services;
    private readonly ILogger<TenantJobRunner> logger;

    public TenantJobRunner(
        TenantModelConfiguration modules,
        IDbContextFactory<CatalogDbContext> catalog,
        TenantDirectory directory,
        TenantScopes scopes,
        IServiceScopeFactory services,
        ILogger<TenantJobRunner> logger)
    {
        foreach (var module in modules.Modules)
        {
            if (module.Jobs.FirstOrDefault(j => !string.Equals(j.Module, module.Code, StringComparison.Ordinal)) is { } foreign)
            {
                throw new InvalidOperationException($"Module '{module.Code}' declares job '{foreign.Code}' of another module.");
            }
        }

        var all = modules.Modules.SelectMany(m => m.Jobs).ToList();
        var duplicate = all.GroupBy(j => j.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Tenant job '{duplicate.Key}' is declared twice.");
        }

        jobs = all.ToFrozenDictionary(j => j.Code, StringComparer.Ordinal);
        running = all.ToFrozenDictionary(j => j.Code, _ => new SemaphoreSlim(1, 1), StringComparer.Ordinal);
        (this.catalog, this.directory, this.scopes, this.services, this.logger) = (catalog, directory, scopes, services, logger);
    }

    /// <summary>One firing of the job <paramref name="code"/> (<c>module.name</c>) over every tenant it applies to.</summary>
    public async Task RunAsync(string code, CancellationToken cancellationToken)
    {
        if (!jobs.TryGetValue(code, out var job))
        {
            // A job a previous version scheduled and this one no longer declares.
            LogUnknownJob(logger, code);
            return;
        }

        var gate = running[code];
        await gate.WaitAsync(cancellationToken);
        try
        {
            await RunForTenantsAsync(job, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RunForTenantsAsync(TenantJobDefinition job, CancellationToken cancellationToken)
    {
        List<(Guid Id, string Slug)> tenants;
        await using (var db = await catalog.CreateDbContextAsync(cancellationToken))
        {
            tenants = [.. (await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active)
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => new { t.Id, t.Slug }).ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.Slug))];
        }

        // Flags are asked by tenant id, from a scope bound to no tenant.
        await using var unbound = services.CreateAsyncScope();
        var flags = unbound.ServiceProvider.GetRequiredService<IFeatureFlags>();
        var (ran, failed) = (0, 0);
        foreach (var (tenantId, slug) in tenants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var logScope = logger.BeginScope(new TenantLogScope(tenantId, slug));
            try
            {
                if (await directory.FindAsync(tenantId, cancellationToken) is not { } entry
                    || !Applies(job, entry.Info)
                    || (job.Flag is { } flag && !await flags.IsEnabledAsync(tenantId, flag, cancellationToken)))
                {
                    continue;
                }

                await using var scope = await scopes.CreateAsync(slug, dataScope: null, cancellationToken);
                var work = (ITenantJob)ActivatorUtilities.CreateInstance(scope.ServiceProvider, job.Job);
                await work.RunAsync(cancellationToken);
                ran++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Whatever one tenant's data or database does wrong stays with that tenant.
                failed++;
                LogTenantFailed(logger, exception, job.Code, slug);
            }
        }

        LogCompleted(logger, job.Code, ran, failed);
    }

    private static bool Applies(TenantJobDefinition job, TenantInfo tenant) =>
        tenant.Status == TenantStatus.Active && tenant.EnabledModules.Contains(job.Module);

    [LoggerMessage(Level = LogLevel.Warning, Message = "[JOB] {Job} is not declared by any module; nothing ran")]
    private static partial void LogUnknownJob(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "[JOB] {Job} failed for tenant {Tenant}; the other tenants still run")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string job, string tenant);

    [LoggerMessage(Level = LogLevel.Information, Message = "[JOB] {Job} ran for {Ran} tenants, {Failed} failed")]
    private static partial void LogCompleted(ILogger logger, string job, int ran, int failed);
}
