using System.Runtime.CompilerServices;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// Invalidates the <see cref="TenantDirectory"/> entries a catalog save affects: once before the
/// save (while old slugs and domains are still known) and again after it, so a request that read
/// the catalog in between cannot leave a stale answer behind.
/// </summary>
internal sealed class CatalogChangeInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    // Resolved on use: the directory itself depends on the catalog context these options build.
    private TenantDirectory Directory => services.GetRequiredService<TenantDirectory>();

    private readonly ConditionalWeakTable<DbContext, CatalogChanges> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Flush(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changes = new CatalogChanges();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Tenant tenant:
                    changes.TenantIds.Add(tenant.Id);
                    changes.Slugs.Add(tenant.Slug);
                    if (entry.State != EntityState.Added)
                    {
                        changes.Slugs.Add((string)entry.Property(nameof(Tenant.Slug)).OriginalValue!);
                    }

                    break;
                case TenantDomain domain:
                    changes.TenantIds.Add(domain.TenantId);
                    changes.Domains.Add(domain.Domain);
                    if (entry.State != EntityState.Added)
                    {
                        changes.Domains.Add((string)entry.Property(nameof(TenantDomain.Domain)).OriginalValue!);
                    }

                    break;
                case TenantDatabase database:
                    changes.DatabaseIds.Add(database.Id);
                    break;
                case ModuleMeta meta:
                    changes.TenantIds.Add(meta.TenantId);
                    break;
                case ModuleSetting setting:
                    changes.TenantIds.Add(setting.TenantId);
                    break;
                case ModuleFeatureFlag flag:
                    changes.TenantIds.Add(flag.TenantId);
                    break;
            }
        }

        if (changes.IsEmpty)
        {
            return;
        }

        Directory.Invalidate(changes);
        pending.AddOrUpdate(context, changes);
    }

    private void Flush(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var changes))
        {
            pending.Remove(context);
            Directory.Invalidate(changes);
        }
    }
}
