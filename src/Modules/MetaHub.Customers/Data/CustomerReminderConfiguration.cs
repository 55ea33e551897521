using MetaHub.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Customers.Data;

internal sealed class CustomerReminderConfiguration : IEntityTypeConfiguration<CustomerReminder>
{
    public void Configure(EntityTypeBuilder<CustomerReminder> builder)
    {
        builder.ToTable("CustomerReminders");
        builder.Property(r => r.Title).HasMaxLength(CustomerReminder.TitleMaxLength);
        builder.Property(r => r.Notes).HasMaxLength(Customer.NotesMaxLength);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.CompanyId, r.IsDone, r.DueDate });
        builder.HasIndex(r => r.CustomerId);
    }
}
