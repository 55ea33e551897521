using MetaHub.Access.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Access.Data;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("Roles");
        builder.Property(r => r.Name).HasMaxLength(Role.NameMaxLength);
        builder.Property(r => r.Description).HasMaxLength(500);
        builder.Property(r => r.SystemRole).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.TenantId, r.CompanyId, r.Name }).IsUnique();

        // A membership names its role by (TenantId, CompanyId, Id): the role must be one of the
        // membership's own company.
        builder.HasAlternateKey(r => new { r.TenantId, r.CompanyId, r.Id });
        builder.HasOne<Company>().WithMany()
            .HasForeignKey(r => new { r.TenantId, r.CompanyId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
