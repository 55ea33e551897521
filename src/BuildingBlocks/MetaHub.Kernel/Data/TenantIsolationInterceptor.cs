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
/// never cached), and the group view refuses every write command when it is executed. No query
/// of tenant data may switch its filters off.
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
        if (eventData.Context is TenantDbContext && IgnoresQueryFilters(queryExpression))
        {
            throw new TenantIsolationException("Tenant data cannot be queried without its tenant and company filters.");
        }

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
        body = body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : body;
        var (name, owner) = body switch
        {
            MemberExpression member => (member.Member.Name, member.Expression?.Type),
            MethodCallExpression { Method.Name: nameof(EF.Property), Arguments: [var instance, ConstantExpression { Value: string property }] }
                when instance.Type != typeof(string) => (property, instance.Type),
            _ => (null, null),
        };
        return name is nameof(ITenantOwned.TenantId) or nameof(ICompanyOwned.CompanyId) && typeof(ITenantOwned).IsAssignableFrom(owner)
            ? name
            : null;
    }

    private static bool IgnoresQueryFilters(Expression expression)
    {
        var finder = new IgnoreQueryFiltersFinder();
        finder.Visit(expression);
        return finder.Found;
    }

    /// <summary>
    /// Finds <c>IgnoreQueryFilters</c> anywhere in a query, subqueries included, unless it names
    /// only a module's own filters (e.g. the one hiding deleted customers), leaving the tenant and
    /// company filters on.
    /// </summary>
    private sealed class IgnoreQueryFiltersFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Found |= node.Method.Name == nameof(EntityFrameworkQueryableExtensions.IgnoreQueryFilters)
                && node.Method.DeclaringType == typeof(EntityFrameworkQueryableExtensions)
                && !(node.Arguments is [_, ConstantExpression { Value: IEnumerable<string> keys }]
                    && !keys.Any(k => k is TenantDbContext.TenantFilter or TenantDbContext.CompanyFilter));
            return Found ? node : base.VisitMethodCall(node);
        }
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
