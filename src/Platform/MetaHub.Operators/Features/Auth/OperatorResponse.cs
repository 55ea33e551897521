namespace MetaHub.Operators.Features.Auth;

/// <summary>The signed-in operator, as <c>GET /api/platform/auth/me</c> answers.</summary>
internal sealed record OperatorResponse(Guid Id, string Email, string FirstName, string LastName, bool TwoFactorEnabled, DateTime? LastSignInAt);
