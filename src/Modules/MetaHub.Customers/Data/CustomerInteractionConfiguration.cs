using MetaHub.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Customers.Data;

internal sealed class CustomerInteractionConfiguration : IEntityTypeConfiguration<CustomerInteraction>
{
    public void Configure(EntityTypeBuilder<CustomerInteraction> builder)
    {
        builder.ToTable("CustomerInteractions");
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Subject).HasMaxLength(CustomerInteraction.SubjectMaxLength);
        builder.Property(i => i.Notes).HasMaxLength(Customer.NotesMaxLength);
        builder.Property(i => i.AuthorName).HasMaxLength(Customer.PersonMaxLength);
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.CustomerId, i.OccurredAt });
    }
}
