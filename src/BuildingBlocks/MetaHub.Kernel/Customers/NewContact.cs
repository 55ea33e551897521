namespace MetaHub.Kernel.Customers;

/// <summary>A person at a new customer.</summary>
public sealed record NewContact(string Name, string? Phone, string? Email, bool IsPrimary);
