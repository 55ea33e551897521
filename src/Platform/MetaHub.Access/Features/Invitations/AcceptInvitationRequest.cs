namespace MetaHub.Access.Features.Invitations;

internal sealed record AcceptInvitationRequest(string? Token, string? FirstName, string? LastName, string? Password);
