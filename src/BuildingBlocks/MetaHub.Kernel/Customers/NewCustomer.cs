namespace MetaHub.Kernel.Customers;

/// <summary>A customer another module brings in, with the people to reach there.</summary>
public sealed record NewCustomer(
    Guid CompanyId, string CompanyName, string? ContactPerson, string? Phone, string? Email, string? Notes, IReadOnlyList<NewContact> Contacts);
