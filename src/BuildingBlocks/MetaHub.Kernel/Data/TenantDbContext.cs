using System.Reflection;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Kernel.Data;

/// <summary>
/// The tenant database: every module's tables, one schema, one migration history per provider.
/// Each instance is bound to one <see cref="DataScope"/>; query filters and
/// <see cref="TenantIsolationInterceptor"/> keep it inside that scope.
/// </summary>
public sealed class TenantDbContext : DbContext
{
    public const string TenantFilter = "Tenant";
    public const string CompanyFilter = "Company";

    private static readonly MethodInfo ApplyTenantIsolationMethod =
        typeof(TenantDbContext).GetMethod(nameof(ApplyTenantIsolation), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo ApplyCompanyIsolationMethod =
        typeof(TenantDbContext).GetMethod(nameof(ApplyCompanyIsolation), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private readonly TenantModelConfiguration modelConfiguration;

    // Query filters read these fields; EF Core turns them into parameters per context instance.
    private readonly Guid tenantId;
    private readonly Guid companyId;
    private readonly bool groupView;

    public TenantDbContext(
        DbContextOptions<TenantDbContext> options, TenantModelConfiguration modelConfiguration, DataScope scope, AuditActor? actor = null)
        : base(options)
    {
        this.modelConfiguration = modelConfiguration;
        Scope = scope;
        Actor = actor ?? AuditActor.System;
        tenantId = scope.TenantId;
        companyId = scope.CompanyId;
        groupView = scope.GroupView;

        // Every save runs in a transaction, even a single statement: that is where PostgreSQL
        // placement sets the tenant for row-level security, once, before the first write.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    public DataScope Scope { get; }

    public AuditActor Actor { get; }

    public TenantModelConfiguration Modules => modelConfiguration;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelConfiguration.Configure(modelBuilder);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()).ToList())
        {
            var clrType = entityType.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(clrType))
            {
                ApplyTenantIsolationMethod.MakeGenericMethod(clrType).Invoke(this, [modelBuilder]);
            }

            if (typeof(ICompanyOwned).IsAssignableFrom(clrType))
            {
                ApplyCompanyIsolationMethod.MakeGenericMethod(clrType).Invoke(this, [modelBuilder]);
            }
        }
    }

    private void ApplyTenantIsolation<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned
    {
        var entity = modelBuilder.Entity<TEntity>();
        entity.HasQueryFilter(TenantFilter, e => e.TenantId == tenantId);

        // As a concurrency token the id lands in every UPDATE/DELETE's WHERE clause, so a row of
        // another tenant attached by id can never be changed: the database matches nothing.
        entity.Property(e => e.TenantId).IsConcurrencyToken();
        if (!typeof(ICompanyOwned).IsAssignableFrom(typeof(TEntity)))
        {
            entity.HasIndex(e => e.TenantId);
        }
    }

    private void ApplyCompanyIsolation<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ICompanyOwned
    {
        var entity = modelBuilder.Entity<TEntity>();
        entity.HasQueryFilter(CompanyFilter, e => groupView || e.CompanyId == companyId);
        entity.Property(e => e.CompanyId).IsConcurrencyToken();
        entity.HasIndex(e => new { e.TenantId, e.CompanyId });
    }
}
