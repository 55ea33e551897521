namespace MetaHub.Access.Features.Invitations;

internal sealed record InvitationTokenRequest(string? Token);
