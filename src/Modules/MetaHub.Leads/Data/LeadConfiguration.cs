using MetaHub.Leads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Leads.Data;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.ToTable("Leads");
        builder.Property(l => l.CompanyName).HasMaxLength(Lead.CompanyNameMaxLength);
        builder.Property(l => l.ContactPerson).HasMaxLength(Lead.PersonMaxLength);
        builder.Property(l => l.Phone).HasMaxLength(Lead.PhoneMaxLength);
        builder.Property(l => l.Email).HasMaxLength(Lead.EmailMaxLength);
        builder.Property(l => l.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.ExpectedValue).HasPrecision(18, 2);
        builder.Property(l => l.Currency).HasMaxLength(3);
        builder.Property(l => l.Notes).HasMaxLength(Lead.NotesMaxLength);
        builder.Property(l => l.LostReason).HasMaxLength(Lead.LostReasonMaxLength);
        builder.HasIndex(l => new { l.TenantId, l.CompanyId, l.Status });
        builder.HasIndex(l => new { l.TenantId, l.CompanyId, l.NextContactDate });
        builder.HasIndex(l => l.CustomerId);
    }
}
