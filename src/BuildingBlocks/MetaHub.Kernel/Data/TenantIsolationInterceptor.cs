using System.Data.Common;
using System.Linq.Expressions;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetaHub.Kernel.Data;

/// <summary>
/// Stamps tenant and company ids on new rows and refuses any write that would touch a row outside
/// the context's <see cref="DataScope"/>, or any company write from the read-only group view.
/// Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass <c>SaveChanges</c>, so they are guarded
/// too: a setter of an owner id is refused when the query is compiled (a failed compilation is
/// never cached), and the group view refuses every write command when it is executed.
/// </summary>
public sealed class TenantIsolationInterceptor : SaveChangesInterceptor, IQueryExpressionInterceptor, IDbCommandInterceptor
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

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        if (queryExpression is MethodCallExpression { Method.Name: "ExecuteUpdate" } update)
        {
            foreach (var setter in update.Arguments.OfType<NewArrayExpression>().SelectMany(a => a.Expressions))
            {
                if (setter is NewExpression { Arguments: [LambdaExpression { Body: var body }, ..] } && OwnerProperty(body) is { } owner)
                {
                    throw new TenantIsolationException($"ExecuteUpdate refused: {owner} cannot be changed.");
                }
            }
        }

        return queryExpression;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        RefuseGroupViewWrite(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseGroupViewWrite(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static string? OwnerProperty(Expression body)
    {
        var member = (body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : body) as MemberExpression;
        return member?.Member.Name is nameof(ITenantOwned.TenantId) or nameof(ICompanyOwned.CompanyId)
            && typeof(ITenantOwned).IsAssignableFrom(member.Expression?.Type)
            ? member.Member.Name
            : null;
    }

    private static void RefuseGroupViewWrite(DbContext? context)
    {
        if (context is TenantDbContext { Scope.GroupView: true })
        {
            throw new TenantIsolationException("The group view is read-only; select a company to make changes.");
        }
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
