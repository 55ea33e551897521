using MetaHub.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Customers.Data;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    /// <summary>The named query filter that hides deleted customers; restoring one asks to ignore it.</summary>
    public const string NotDeleted = "NotDeleted";

    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasQueryFilter(NotDeleted, c => c.DeletedAt == null);
        builder.Property(c => c.CompanyName).HasMaxLength(Customer.CompanyNameMaxLength);
        builder.Property(c => c.ContactPerson).HasMaxLength(Customer.PersonMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Customer.PhoneMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Customer.EmailMaxLength);
        builder.Property(c => c.Address).HasMaxLength(Customer.AddressMaxLength);
        builder.Property(c => c.Sector).HasMaxLength(Customer.SectorMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Notes).HasMaxLength(Customer.NotesMaxLength);
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TenantId, c.CompanyId, c.CompanyName });
    }
}
