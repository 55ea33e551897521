using Microsoft.EntityFrameworkCore;

namespace MetaHub.Kernel.Customers;

/// <summary>
/// The Customers module's door for other modules (a lead becoming a customer): modules never
/// reference each other, only this contract, which the Customers module implements.
/// </summary>
public interface ICustomerIntake
{
    /// <summary>
    /// Adds the customer and its contacts to <paramref name="db"/> without saving, so the caller's
    /// own save makes them part of its change, all or nothing. Returns the new customer's id.
    /// </summary>
    Guid Add(DbContext db, NewCustomer customer);

    /// <summary>The names of those of <paramref name="ids"/> that exist in the context's scope (deleted ones too).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(DbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
