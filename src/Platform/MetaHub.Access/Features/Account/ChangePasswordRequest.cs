namespace MetaHub.Access.Features.Account;

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
