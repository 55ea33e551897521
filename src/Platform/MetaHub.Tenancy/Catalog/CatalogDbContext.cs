using Microsoft.EntityFrameworkCore;

namespace MetaHub.Tenancy.Catalog;

/// <summary>The platform's own database: tenants, their domains and where their data lives.</summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<TenantDomain> TenantDomains => Set<TenantDomain>();

    public DbSet<TenantDatabase> TenantDatabases => Set<TenantDatabase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.Property(t => t.Slug).HasMaxLength(Tenant.SlugMaxLength);
            tenant.HasIndex(t => t.Slug).IsUnique();
            tenant.Property(t => t.Name).HasMaxLength(Tenant.NameMaxLength);
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
    }
}
