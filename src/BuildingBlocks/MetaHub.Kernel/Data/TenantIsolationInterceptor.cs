using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetaHub.Kernel.Data;

/// <summary>
/// Stamps tenant and company ids on new rows and refuses any write that would touch a row outside
/// the context's <see cref="DataScope"/>, or any company write from the read-only group view.
/// </summary>
public sealed class TenantIsolationInterceptor : SaveChangesInterceptor
{
    public static readonly TenantIsolationInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enforce(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Enforce(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Enforce(DbContext? context)
    {
        if (context is not TenantDbContext tenantContext)
        {
            return;
        }

        var scope = tenantContext.Scope;
        foreach (var entry in tenantContext.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || entry.Entity is not ITenantOwned owned)
            {
                continue;
            }

            if (scope.TenantId == Guid.Empty)
            {
                throw new TenantIsolationException("A tenant row cannot be written without a tenant scope.");
            }

            if (entry.State == EntityState.Added && owned.TenantId == Guid.Empty)
            {
                owned.TenantId = scope.TenantId;
            }

            EnsureUnchangedOwner(entry, nameof(ITenantOwned.TenantId), scope.TenantId, "tenant");

            if (owned is ICompanyOwned companyOwned)
            {
                if (scope.GroupView)
                {
                    throw new TenantIsolationException("The group view is read-only; select a company to make changes.");
                }

                if (!scope.HasCompany)
                {
                    throw new TenantIsolationException("A company row cannot be written without an active company.");
                }

                if (entry.State == EntityState.Added && companyOwned.CompanyId == Guid.Empty)
                {
                    companyOwned.CompanyId = scope.CompanyId;
                }

                EnsureUnchangedOwner(entry, nameof(ICompanyOwned.CompanyId), scope.CompanyId, "company");
            }
        }
    }

    private static void EnsureUnchangedOwner(EntityEntry entry, string propertyName, Guid expected, string owner)
    {
        var property = entry.Property(propertyName);
        var current = (Guid)property.CurrentValue!;
        var original = entry.State == EntityState.Added ? current : (Guid)property.OriginalValue!;
        if (current != expected || original != expected)
        {
            throw new TenantIsolationException(
                $"{entry.Metadata.ClrType.Name} {entry.State.ToString().ToLowerInvariant()} refused: the row belongs to another {owner}.");
        }
    }
}
