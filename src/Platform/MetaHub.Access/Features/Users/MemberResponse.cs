namespace MetaHub.Access.Features.Users;

internal sealed record MemberResponse(
    Guid Id, string Email, string FirstName, string LastName, bool IsActive, bool TwoFactorEnabled, DateTime? LastLoginAt,
    Guid RoleId, string RoleName, bool IsOwner, DateTime JoinedAt);
