using MetaHub.Customers.Data;
using MetaHub.Customers.Domain;
using MetaHub.Customers.Features.Duplicates;
using MetaHub.Customers.Features.ListCustomers;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features;

/// <summary>
/// The active company's customers: the list and the trash, one customer, adding and changing one
/// (refused while it looks like another customer, unless the user says it is a different one),
/// moving it to the trash and back.
/// </summary>
internal sealed class CustomerBook(
    ITenantDbContextFactory databases, ICurrentUser user, CustomerRules rules, IStringLocalizer<CustomersResources> localizer, TimeProvider time)
{
    /// <summary>The key of the duplicates in the 409's problem details (and in <see cref="ConflictException.Extensions"/>).</summary>
    public const string DuplicatesKey = "duplicates";

    public async Task<PagedResult<CustomerResponse>> ListAsync(CustomerListQuery query, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (query.Deleted && !user.HasPermission(CustomerPermissions.Delete))
        {
            throw new ForbiddenException(localizer["customers.trashForbidden"]);
        }

        await using var db = databases.CreateDbContext();
        return await CustomerQuery.Apply(db.Set<Customer>(), query).Select(CustomerResponse.Projection).ToPageAsync(page, pageSize, cancellationToken);
    }

    /// <summary>The sectors the company's customers are in, for the list's filter.</summary>
    public async Task<IReadOnlyList<string>> SectorsAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        return await db.Set<Customer>().Where(c => c.Sector != null).Select(c => c.Sector!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
    }

    public async Task<CustomerResponse> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        return CustomerResponse.From(await FindAsync(db, id, localizer, cancellationToken));
    }

    public async Task<IReadOnlyList<DuplicateCustomer>> DuplicatesAsync(CustomerFields fields, Guid? excludeId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        return await CustomerDuplicates.FindAsync(db.Set<Customer>(), fields.Normalised(), excludeId, cancellationToken);
    }

    public async Task<CustomerResponse> CreateAsync(CustomerFields request, bool allowDuplicate, CancellationToken cancellationToken)
    {
        var fields = Checked(request);
        await using var db = databases.CreateDbContext();
        await RefuseDuplicatesAsync(db, fields, null, allowDuplicate, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var customer = new Customer { CompanyName = "", CreatedAt = now, UpdatedAt = now };
        fields.ApplyTo(customer);
        db.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return CustomerResponse.From(customer);
    }

    public async Task<CustomerResponse> UpdateAsync(Guid id, CustomerFields request, bool allowDuplicate, CancellationToken cancellationToken)
    {
        var fields = Checked(request);
        await using var db = databases.CreateDbContext();
        var customer = await FindAsync(db, id, localizer, cancellationToken);
        await RefuseDuplicatesAsync(db, fields, id, allowDuplicate, cancellationToken);
        fields.ApplyTo(customer);
        if (db.Entry(customer).State == EntityState.Modified)
        {
            customer.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return CustomerResponse.From(customer);
    }

    /// <summary>Moves the customer to the trash: hidden everywhere, with its contacts, history and reminders kept for a restore.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var customer = await FindAsync(db, id, localizer, cancellationToken);
        customer.DeletedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Brings a customer back from the trash; one that is not in it is answered as it is.</summary>
    public async Task<CustomerResponse> RestoreAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var customer = await db.Set<Customer>().IgnoreQueryFilters([CustomerConfiguration.NotDeleted]).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException(localizer["customers.notFound"]);
        if (customer.DeletedAt is not null)
        {
            customer.DeletedAt = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return CustomerResponse.From(customer);
    }

    /// <summary>The live customer <paramref name="id"/> of the context's company; 404 otherwise, also for another company's or tenant's.</summary>
    public static async Task<Customer> FindAsync(
        TenantDbContext db, Guid id, IStringLocalizer<CustomersResources> localizer, CancellationToken cancellationToken) =>
        await db.Set<Customer>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException(localizer["customers.notFound"]);

    private CustomerFields Checked(CustomerFields request)
    {
        var fields = request.Normalised();
        var errors = rules.Check(fields);
        return errors.Count == 0 ? fields : throw new ValidationException(errors);
    }

    private async Task RefuseDuplicatesAsync(
        TenantDbContext db, CustomerFields fields, Guid? self, bool allowDuplicate, CancellationToken cancellationToken)
    {
        if (allowDuplicate)
        {
            return;
        }

        var duplicates = await CustomerDuplicates.FindAsync(db.Set<Customer>(), fields, self, cancellationToken);
        if (duplicates.Count > 0)
        {
            throw new ConflictException(
                localizer["customers.duplicates", string.Join(", ", duplicates.Select(d => d.CompanyName))],
                new Dictionary<string, object?>(StringComparer.Ordinal) { [DuplicatesKey] = duplicates });
        }
    }
}
