namespace MetaHub.Access.Features.Account;

internal sealed record ForgotPasswordRequest(string? Email);
