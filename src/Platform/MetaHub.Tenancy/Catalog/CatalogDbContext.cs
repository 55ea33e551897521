using MetaHub.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// The platform's own database: tenants, their domains and where their data lives; sign-ups,
/// the module catalog, packages and subscriptions; platform operators, their sessions and the
/// platform's audit log; the development mail outbox.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<TenantDomain> TenantDomains => Set<TenantDomain>();

    public DbSet<TenantDatabase> TenantDatabases => Set<TenantDatabase>();

    public DbSet<TenantRegistration> TenantRegistrations => Set<TenantRegistration>();

    public DbSet<ModuleDefinition> ModuleDefinitions => Set<ModuleDefinition>();

    public DbSet<Package> Packages => Set<Package>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<ModuleMeta> ModuleMetas => Set<ModuleMeta>();

    public DbSet<ModuleSetting> ModuleSettings => Set<ModuleSetting>();

    public DbSet<ModuleChange> ModuleChanges => Set<ModuleChange>();

    public DbSet<ModuleApiKey> ModuleApiKeys => Set<ModuleApiKey>();

    public DbSet<ModuleFeatureFlag> ModuleFeatureFlags => Set<ModuleFeatureFlag>();
    public DbSet<PlatformOperator> PlatformOperators => Set<PlatformOperator>();

    public DbSet<PlatformOperatorSession> PlatformOperatorSessions => Set<PlatformOperatorSession>();

    public DbSet<PlatformAuditEntry> PlatformAuditEntries => Set<PlatformAuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAppendOnlyChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAppendOnlyChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.Property(t => t.Slug).HasMaxLength(Tenant.SlugMaxLength);
            tenant.HasIndex(t => t.Slug).IsUnique();
            tenant.Property(t => t.Name).HasMaxLength(Tenant.NameMaxLength);
            tenant.Property(t => t.OwnerEmail).HasMaxLength(TenantRegistration.EmailMaxLength);
            tenant.HasIndex(t => t.OwnerEmail);
            tenant.Property(t => t.OwnerName).HasMaxLength(201);
            tenant.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            tenant.ComplexProperty(t => t.Branding, branding =>
            {
                branding.Property(b => b.PrimaryColor).HasMaxLength(9);
                branding.Property(b => b.SecondaryColor).HasMaxLength(9);
                branding.Property(b => b.LogoUrl).HasMaxLength(500);
            });
            tenant.HasOne(t => t.Database).WithMany().HasForeignKey(t => t.DatabaseId).OnDelete(DeleteBehavior.Restrict);
            tenant.HasMany(t => t.Domains).WithOne().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TenantDomain>(domain =>
        {
            domain.Property(d => d.Domain).HasMaxLength(TenantDomain.DomainMaxLength);
            domain.HasIndex(d => d.Domain).IsUnique();
        });

        modelBuilder.Entity<TenantDatabase>(database =>
        {
            database.Property(d => d.Server).HasMaxLength(100);
            database.Property(d => d.Name).HasMaxLength(63);
            database.HasIndex(d => new { d.Server, d.Name }).IsUnique();
            database.Property(d => d.Placement).HasConversion<string>().HasMaxLength(20);
            database.Property(d => d.SchemaVersion).HasMaxLength(150);
        });

        modelBuilder.Entity<TenantRegistration>(registration =>
        {
            registration.Property(r => r.Email).HasMaxLength(TenantRegistration.EmailMaxLength);
            registration.HasIndex(r => r.Email);
            registration.Property(r => r.FirstName).HasMaxLength(TenantRegistration.NameMaxLength);
            registration.Property(r => r.LastName).HasMaxLength(TenantRegistration.NameMaxLength);
            registration.Property(r => r.TeamName).HasMaxLength(Tenant.NameMaxLength);
            registration.Property(r => r.Slug).HasMaxLength(Tenant.SlugMaxLength);
            registration.HasIndex(r => r.Slug).IsUnique();
            registration.Property(r => r.AdminPasswordHash).HasMaxLength(500);
            registration.Property(r => r.Culture).HasMaxLength(10);
            registration.Property(r => r.PublicOrigin).HasMaxLength(300);
            registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
            registration.Property(r => r.CodeHash).HasMaxLength(64);
            registration.Property(r => r.TokenHash).HasMaxLength(64);
            registration.HasIndex(r => r.TokenHash);
            registration.Property(r => r.Step).HasConversion<string>().HasMaxLength(30);
            registration.Property(r => r.ErrorMessage).HasMaxLength(2000);
            registration.HasIndex(r => r.TenantId);
        });

        modelBuilder.Entity<ModuleDefinition>(module =>
        {
            module.Property(m => m.Code).HasMaxLength(ModuleDefinition.CodeMaxLength);
            module.HasIndex(m => m.Code).IsUnique();
            module.ComplexProperty(m => m.Label, label =>
            {
                label.Property(t => t.Tr).HasMaxLength(100);
                label.Property(t => t.En).HasMaxLength(100);
            });
            module.ComplexProperty(m => m.Description, description =>
            {
                description.Property(t => t.Tr).HasMaxLength(TranslatedText.MaxLength);
                description.Property(t => t.En).HasMaxLength(TranslatedText.MaxLength);
            });
            module.Property(m => m.Icon).HasMaxLength(100);
            module.Property(m => m.Version).HasMaxLength(20);
        });

        modelBuilder.Entity<Package>(package =>
        {
            package.Property(p => p.Code).HasMaxLength(Package.CodeMaxLength);
            package.HasIndex(p => p.Code).IsUnique();
            package.Property(p => p.Name).HasMaxLength(100);
            package.Property(p => p.Description).HasMaxLength(500);
            package.Property(p => p.MonthlyPrice).HasPrecision(18, 2);
            package.Property(p => p.YearlyPrice).HasPrecision(18, 2);
            package.Property(p => p.Currency).HasMaxLength(3);
            package.Property(p => p.Placement).HasConversion<string>().HasMaxLength(20);
            package.HasMany(p => p.Modules).WithOne().HasForeignKey(m => m.PackageId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PackageModule>(module =>
        {
            module.Property(m => m.ModuleCode).HasMaxLength(ModuleDefinition.CodeMaxLength);
            module.HasIndex(m => new { m.PackageId, m.ModuleCode }).IsUnique();
        });

        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
            subscription.HasOne(s => s.Package).WithMany().HasForeignKey(s => s.PackageId).OnDelete(DeleteBehavior.Restrict);
            subscription.HasIndex(s => s.TenantId);
            subscription.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            subscription.Property(s => s.BillingPeriod).HasConversion<string>().HasMaxLength(20);
            subscription.HasMany(s => s.Modules).WithOne().HasForeignKey(m => m.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SubscriptionModule>(module =>
        {
            module.Property(m => m.ModuleCode).HasMaxLength(ModuleDefinition.CodeMaxLength);
            module.Property(m => m.ModuleName).HasMaxLength(100);
            module.HasIndex(m => new { m.SubscriptionId, m.ModuleCode }).IsUnique();
        });

        modelBuilder.Entity<OutboxMail>(mail =>
        {
            mail.Property(m => m.To).HasMaxLength(1000);
            mail.Property(m => m.Subject).HasMaxLength(500);
            mail.HasIndex(m => m.SentAt);
        });

        ModuleModel.Configure(modelBuilder);

        modelBuilder.Entity<PlatformOperator>(op =>
        {
            op.Property(o => o.Email).HasMaxLength(PlatformOperator.EmailMaxLength);
            op.HasIndex(o => o.Email).IsUnique();
            op.Property(o => o.FirstName).HasMaxLength(PlatformOperator.NameMaxLength);
            op.Property(o => o.LastName).HasMaxLength(PlatformOperator.NameMaxLength);
            op.Property(o => o.PasswordHash).HasMaxLength(500);
            op.Property(o => o.SecurityStamp).HasMaxLength(64);
            op.Property(o => o.AuthenticatorKey).HasMaxLength(1000);
            op.Property(o => o.RecoveryCodes).HasMaxLength(1000);
        });

        modelBuilder.Entity<PlatformOperatorSession>(session =>
        {
            session.HasOne(s => s.Operator).WithMany().HasForeignKey(s => s.OperatorId).OnDelete(DeleteBehavior.Cascade);
            session.HasIndex(s => s.OperatorId);
            session.Property(s => s.RefreshTokenHash).HasMaxLength(64);
            session.HasIndex(s => s.RefreshTokenHash).IsUnique();
            session.Property(s => s.PreviousRefreshTokenHash).HasMaxLength(64);
            session.Property(s => s.IpAddress).HasMaxLength(45);
            session.Property(s => s.UserAgent).HasMaxLength(500);
        });

        modelBuilder.Entity<PlatformAuditEntry>(entry =>
        {
            entry.IsAppendOnly();
            entry.HasIndex(e => e.CreatedAt);
            entry.HasIndex(e => new { e.OperatorId, e.CreatedAt });
            entry.HasIndex(e => new { e.TenantId, e.CreatedAt });
            entry.Property(e => e.OperatorEmail).HasMaxLength(PlatformOperator.EmailMaxLength);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Module).HasMaxLength(40);
            entry.Property(e => e.RecordType).HasMaxLength(100);
            entry.Property(e => e.RecordId).HasMaxLength(64);
            entry.Property(e => e.IpAddress).HasMaxLength(45);
            entry.Property(e => e.UserAgent).HasMaxLength(500);
            entry.Property(e => e.CorrelationId).HasMaxLength(100);
        });
    }

    /// <summary>Rows of an append-only table (the platform audit log) are added and read, never changed or removed.</summary>
    private void RefuseAppendOnlyChanges()
    {
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Deleted && e.Metadata.IsAppendOnly()))
        {
            throw new InvalidOperationException("The platform audit log is append-only.");
        }
    }
}
