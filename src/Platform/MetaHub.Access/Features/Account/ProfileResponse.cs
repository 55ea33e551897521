namespace MetaHub.Access.Features.Account;

internal sealed record ProfileResponse(string Email, string FirstName, string LastName, string? PhoneNumber);
