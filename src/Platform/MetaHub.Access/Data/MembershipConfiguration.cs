using MetaHub.Access.Domain;
using MetaHub.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Access.Data;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.HasIndex(m => new { m.TenantId, m.UserId, m.CompanyId }).IsUnique();
        builder.HasOne<User>().WithMany()
            .HasForeignKey(m => m.UserId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany()
            .HasForeignKey(m => new { m.TenantId, m.CompanyId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Role).WithMany()
            .HasForeignKey(m => new { m.TenantId, m.CompanyId, m.RoleId })
            .HasPrincipalKey(r => new { r.TenantId, r.CompanyId, r.Id })
            .OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.LastAccessedAt).ExcludeFromAudit();
    }
}
