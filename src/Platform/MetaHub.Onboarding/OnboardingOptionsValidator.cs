using Microsoft.Extensions.Options;

namespace MetaHub.Onboarding;

/// <summary>Refuses to start with sign-up settings that cannot work, naming the key to fix.</summary>
internal sealed class OnboardingOptionsValidator : IValidateOptions<OnboardingOptions>
{
    public ValidateOptionsResult Validate(string? name, OnboardingOptions options)
    {
        var failures = new List<string>();
        Check(failures, nameof(options.CodeMinutes), options.CodeMinutes, 1, 1440);
        Check(failures, nameof(options.MaxCodeAttempts), options.MaxCodeAttempts, 1, 20);
        Check(failures, nameof(options.ResendCooldownSeconds), options.ResendCooldownSeconds, 0, 3600);
        Check(failures, nameof(options.MaxCodesPerRegistration), options.MaxCodesPerRegistration, 1, 100);
        Check(failures, nameof(options.RequestsPerMinute), options.RequestsPerMinute, 1, 100_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{OnboardingOptions.Section}:{key} must be between {min} and {max}.");
        }
    }
}
