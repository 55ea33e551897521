namespace MetaHub.Onboarding.Registration;

internal sealed record ResendCodeRequest(string? Email);
