namespace MetaHub.Access.Features.Invitations;

/// <summary>The invitation is accepted: the person signs in as <c>Email</c> next.</summary>
internal sealed record AcceptInvitationResponse(string Email, bool AccountCreated);
