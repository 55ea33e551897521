namespace MetaHub.Onboarding.Registration;

/// <summary>The mailed code with the address it went to, or the mailed link's token (with or without the address).</summary>
internal sealed record VerifyEmailRequest(string? Email, string? Code, string? Token);
