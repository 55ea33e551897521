namespace MetaHub.Onboarding.Registration;

/// <summary>
/// The same for every address, whether a sign-up waits for it or not: when a code went out it works
/// until <paramref name="CodeExpiresAt"/>, and the next may be asked for from <paramref name="ResendAvailableAt"/>.
/// </summary>
internal sealed record ResendCodeResponse(string Email, DateTime CodeExpiresAt, DateTime ResendAvailableAt, string Message);
