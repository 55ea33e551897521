namespace MetaHub.Onboarding.Registration;

/// <summary>The address is verified; <paramref name="RegistrationId"/> names the sign-up whose provisioning progress to follow.</summary>
internal sealed record VerifyEmailResponse(bool Success, Guid RegistrationId, string Message);
