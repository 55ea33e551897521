using MetaHub.Access.Domain;
using MetaHub.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Access.Data;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.FirstName).HasMaxLength(User.NameMaxLength);
        builder.Property(i => i.LastName).HasMaxLength(User.NameMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64).ExcludeFromAudit();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.CompanyId, i.Email });
        builder.HasOne<Company>().WithMany()
            .HasForeignKey(i => new { i.TenantId, i.CompanyId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Role).WithMany()
            .HasForeignKey(i => new { i.TenantId, i.CompanyId, i.RoleId })
            .HasPrincipalKey(r => new { r.TenantId, r.CompanyId, r.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
