namespace MetaHub.Access.Features.Invitations;

internal sealed record InvitationResponse(
    Guid Id, string Email, string FirstName, string LastName, Guid RoleId, string RoleName, string Status, DateTime CreatedAt, DateTime ExpiresAt);
