namespace MetaHub.Onboarding;

/// <summary>Section <c>MetaHub:Onboarding</c>: how sign-up proves an email address and how often the public may ask.</summary>
internal sealed class OnboardingOptions
{
    public const string Section = "MetaHub:Onboarding";

    /// <summary>How long a mailed code (and the link sent with it) works.</summary>
    public int CodeMinutes { get; set; } = 15;

    /// <summary>Wrong codes accepted before the code stops working and a new one must be asked for.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>Least time between two codes mailed for the same sign-up.</summary>
    public int ResendCooldownSeconds { get; set; } = 60;

    /// <summary>Codes one sign-up may have mailed, the first one included; then the person signs up again.</summary>
    public int MaxCodesPerRegistration { get; set; } = 5;

    /// <summary>Sign-up requests (API and pages) one client address may make per minute (then 429).</summary>
    public int RequestsPerMinute { get; set; } = 20;
}
