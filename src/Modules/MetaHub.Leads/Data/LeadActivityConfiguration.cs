using MetaHub.Leads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Leads.Data;

internal sealed class LeadActivityConfiguration : IEntityTypeConfiguration<LeadActivity>
{
    public void Configure(EntityTypeBuilder<LeadActivity> builder)
    {
        builder.ToTable("LeadActivities");
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Description).HasMaxLength(LeadActivity.DescriptionMaxLength);
        builder.Property(a => a.NextAction).HasMaxLength(LeadActivity.NextActionMaxLength);
        builder.Property(a => a.CreatedByName).HasMaxLength(Lead.PersonMaxLength);
        builder.HasOne<Lead>().WithMany().HasForeignKey(a => a.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.LeadId, a.ContactDate });
        builder.HasIndex(a => new { a.TenantId, a.CompanyId, a.NextActionDate });
    }
}
