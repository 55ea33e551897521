using MetaHub.Customers.Data;
using MetaHub.Customers.Domain;
using MetaHub.Kernel.Customers;
using MetaHub.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Customers;

/// <summary>Customers brought in by other modules, through <see cref="ICustomerIntake"/>.</summary>
internal sealed class CustomerIntake(TimeProvider time) : ICustomerIntake
{
    public Guid Add(DbContext db, NewCustomer customer)
    {
        var tenantId = ((TenantDbContext)db).Scope.TenantId;
        var now = time.GetUtcNow().UtcDateTime;
        var row = new Customer
        {
            TenantId = tenantId,
            CompanyId = customer.CompanyId,
            CompanyName = customer.CompanyName,
            ContactPerson = customer.ContactPerson,
            Phone = customer.Phone,
            Email = customer.Email,
            Notes = customer.Notes,
            Status = CustomerStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        row.Contacts.AddRange(customer.Contacts.Select(c => new CustomerContact
        {
            TenantId = tenantId,
            CompanyId = customer.CompanyId,
            CustomerId = row.Id,
            Name = c.Name,
            Phone = c.Phone,
            Email = c.Email,
            IsPrimary = c.IsPrimary,
            CreatedAt = now,
        }));
        db.Add(row);
        return row.Id;
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(DbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Set<Customer>().IgnoreQueryFilters([CustomerConfiguration.NotDeleted])
                .Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.CompanyName, cancellationToken);
}
