namespace MetaHub.Access.Features.Account;

internal sealed record ProfileRequest(string? FirstName, string? LastName, string? PhoneNumber);
