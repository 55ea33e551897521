namespace MetaHub.Access.Features.Users;

internal sealed record MembershipRequest(Guid RoleId, bool IsOwner);
