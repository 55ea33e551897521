using MetaHub.Access.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Access.Data;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("Companies");
        builder.Property(c => c.Name).HasMaxLength(Company.NameMaxLength);
        builder.Property(c => c.Slug).HasMaxLength(Company.SlugMaxLength);
        builder.HasIndex(c => new { c.TenantId, c.Slug }).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.TaxNumber).HasMaxLength(20);
        builder.Property(c => c.TaxOffice).HasMaxLength(100);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.LogoUrl).HasMaxLength(500);
        builder.Property(c => c.PrimaryColor).HasMaxLength(9);
        builder.Property(c => c.SecondaryColor).HasMaxLength(9);
        builder.ComplexProperty(c => c.Settings, settings =>
        {
            settings.Property(s => s.Currency).HasMaxLength(3);
            settings.Property(s => s.TimeZone).HasMaxLength(64);
            settings.Property(s => s.DateFormat).HasMaxLength(20);
            settings.Property(s => s.InvoicePrefix).HasMaxLength(20);
        });
        // The parent is matched on (TenantId, Id): even in a shared database a company can only
        // hang under a company of its own tenant, whatever id a caller sends.
        builder.HasAlternateKey(c => new { c.TenantId, c.Id });
        builder.HasOne<Company>().WithMany()
            .HasForeignKey(c => new { c.TenantId, c.ParentCompanyId })
            .HasPrincipalKey(c => new { c.TenantId, c.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
