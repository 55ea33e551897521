namespace MetaHub.Access.Features.Invitations;

internal sealed record InviteRequest(string? Email, string? FirstName, string? LastName, Guid RoleId);
