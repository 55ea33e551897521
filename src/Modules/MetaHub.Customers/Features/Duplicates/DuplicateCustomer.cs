namespace MetaHub.Customers.Features.Duplicates;

/// <summary>
/// A customer that looks like the one being saved, and why: <c>name</c>, <c>email</c> and/or
/// <c>phone</c> are the same (ignoring case, and for phones the separators).
/// </summary>
public sealed record DuplicateCustomer(Guid Id, string CompanyName, IReadOnlyList<string> Matches);
