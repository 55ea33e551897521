using MetaHub.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Customers.Data;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.Property(c => c.CompanyName).HasMaxLength(Customer.CompanyNameMaxLength);
        builder.Property(c => c.ContactPerson).HasMaxLength(150);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.Sector).HasMaxLength(100);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Notes).HasMaxLength(4000);
    }
}
