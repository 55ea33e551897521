using MetaHub.Customers.Domain;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.Contacts;

/// <summary>The people to reach at a customer; at most one of them is the primary contact.</summary>
internal sealed class CustomerContacts(ITenantDbContextFactory databases, IStringLocalizer<CustomersResources> localizer, TimeProvider time)
{
    /// <summary>The primary contact first, then by name.</summary>
    public async Task<IReadOnlyList<ContactResponse>> ListAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        var contacts = await db.Set<CustomerContact>().AsNoTracking()
            .Where(c => c.CustomerId == customerId)
            .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. contacts.Select(ContactResponse.From)];
    }

    public async Task<ContactResponse> AddAsync(Guid customerId, ContactRequest request, CancellationToken cancellationToken)
    {
        var fields = Checked(request);
        await using var db = databases.CreateDbContext();
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        var contact = new CustomerContact { CustomerId = customerId, Name = "", CreatedAt = time.GetUtcNow().UtcDateTime };
        Apply(fields, contact);
        db.Add(contact);
        await KeepOnePrimaryAsync(db, contact, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ContactResponse.From(contact);
    }

    public async Task<ContactResponse> UpdateAsync(Guid customerId, Guid contactId, ContactRequest request, CancellationToken cancellationToken)
    {
        var fields = Checked(request);
        await using var db = databases.CreateDbContext();
        var contact = await FindAsync(db, customerId, contactId, cancellationToken);
        Apply(fields, contact);
        await KeepOnePrimaryAsync(db, contact, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ContactResponse.From(contact);
    }

    public async Task DeleteAsync(Guid customerId, Guid contactId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        db.Remove(await FindAsync(db, customerId, contactId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<CustomerContact> FindAsync(TenantDbContext db, Guid customerId, Guid contactId, CancellationToken cancellationToken)
    {
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        return await db.Set<CustomerContact>().FirstOrDefaultAsync(c => c.Id == contactId && c.CustomerId == customerId, cancellationToken)
            ?? throw new NotFoundException(localizer["contacts.notFound"]);
    }

    /// <summary>A new primary contact takes the mark from the one before.</summary>
    private static async Task KeepOnePrimaryAsync(TenantDbContext db, CustomerContact contact, CancellationToken cancellationToken)
    {
        if (!contact.IsPrimary)
        {
            return;
        }

        var others = await db.Set<CustomerContact>()
            .Where(c => c.CustomerId == contact.CustomerId && c.Id != contact.Id && c.IsPrimary)
            .ToListAsync(cancellationToken);
        others.ForEach(c => c.IsPrimary = false);
    }

    private static void Apply(ContactRequest fields, CustomerContact contact)
    {
        contact.Name = fields.Name ?? "";
        contact.Title = fields.Title;
        contact.Phone = fields.Phone;
        contact.Email = fields.Email;
        contact.IsPrimary = fields.IsPrimary;
        contact.Notes = fields.Notes;
    }

    /// <summary>The request trimmed, blank fields as null; refused with the problems of each field.</summary>
    private ContactRequest Checked(ContactRequest request)
    {
        var fields = new ContactRequest(
            FieldErrors.Clean(request.Name), FieldErrors.Clean(request.Title), FieldErrors.Clean(request.Phone), FieldErrors.Clean(request.Email),
            request.IsPrimary, FieldErrors.Clean(request.Notes));
        var errors = new FieldErrors(localizer);
        errors.Required("name", fields.Name);
        errors.MaxLength("name", fields.Name, Customer.PersonMaxLength);
        errors.MaxLength("title", fields.Title, CustomerContact.TitleMaxLength);
        errors.Phone("phone", fields.Phone, Customer.PhoneMaxLength);
        errors.Email("email", fields.Email, Customer.EmailMaxLength);
        errors.MaxLength("notes", fields.Notes, Customer.NotesMaxLength);
        errors.ThrowIfAny();
        return fields;
    }
}
