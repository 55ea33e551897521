namespace MetaHub.Access.Features.Invitations;

/// <summary>What the invitation page shows before it is accepted; <c>HasAccount</c> asks for no new password.</summary>
internal sealed record InvitationPreview(string Email, string FirstName, string LastName, string CompanyName, string RoleName, DateTime ExpiresAt, bool HasAccount);
