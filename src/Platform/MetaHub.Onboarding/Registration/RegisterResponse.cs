namespace MetaHub.Onboarding.Registration;

/// <summary>The stored sign-up: the code mailed to <paramref name="Email"/> works until <paramref name="CodeExpiresAt"/>, and a new one may be asked for from <paramref name="ResendAvailableAt"/>.</summary>
internal sealed record RegisterResponse(Guid RegistrationId, string Email, DateTime CodeExpiresAt, DateTime ResendAvailableAt);
