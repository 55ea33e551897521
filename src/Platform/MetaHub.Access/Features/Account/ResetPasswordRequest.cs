namespace MetaHub.Access.Features.Account;

internal sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);
