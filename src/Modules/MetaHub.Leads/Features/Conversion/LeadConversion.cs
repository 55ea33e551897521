using MetaHub.Kernel.Customers;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Features.Pipeline;
using MetaHub.Leads.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features.Conversion;

/// <summary>
/// Turns a lead into a customer of the same company, with its contact person as the customer's
/// primary contact: the customer, the lead marked won and linked to it, and the history entry are
/// saved together or not at all, and only once per lead.
/// </summary>
internal sealed class LeadConversion(
    ITenantDbContextFactory databases,
    ICustomerIntake intake,
    ICurrentUser user,
    Authorship authors,
    IStringLocalizer<LeadsResources> localizer,
    TimeProvider time)
{
    /// <summary>The Customers module's permission to add customers; modules share codes, never types.</summary>
    public const string CustomersCreate = "customers.create";

    public async Task<ConversionResponse> ConvertAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(CustomersCreate))
        {
            throw new ForbiddenException(localizer["convert.forbidden"]);
        }

        await using var db = databases.CreateDbContext();
        var lead = await LeadLookup.FindAsync(db, id, localizer, cancellationToken);
        if (lead.CustomerId is not null)
        {
            throw new ConflictException(localizer["convert.already"]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claims the lead inside the transaction: a conversion running at the same moment waits for
        // this row and then finds it taken, so a double click never makes two customers.
        var claimed = await db.Set<Lead>().Where(l => l.Id == id && l.CustomerId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ConvertedAt, now), cancellationToken);
        if (claimed == 0)
        {
            throw new ConflictException(localizer["convert.already"]);
        }

        NewContact[] contacts = lead.ContactPerson is { } person ? [new NewContact(person, lead.Phone, lead.Email, IsPrimary: true)] : [];
        var customerId = intake.Add(db, new NewCustomer(lead.CompanyId, lead.CompanyName, lead.ContactPerson, lead.Phone, lead.Email, lead.Notes, contacts));
        if (StatusMove.Apply(lead, LeadStatus.Won, null, await authors.CurrentAsync(cancellationToken), now) is { } move)
        {
            db.Add(move);
        }

        lead.CustomerId = customerId;
        lead.ConvertedAt = now;
        lead.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConversionResponse(lead.Id, customerId, now);
    }
}
