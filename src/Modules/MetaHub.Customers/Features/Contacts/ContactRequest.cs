namespace MetaHub.Customers.Features.Contacts;

/// <summary>A contact person as typed; <see cref="IsPrimary"/> makes them the customer's one primary contact.</summary>
public sealed record ContactRequest(string? Name, string? Title = null, string? Phone = null, string? Email = null, bool IsPrimary = false, string? Notes = null);
