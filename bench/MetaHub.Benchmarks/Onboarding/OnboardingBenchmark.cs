namespace MetaHub.Benchmarks.Onboarding;

/// <summary>
/// Self-service onboarding against a running app: sign up, read the code from the development
/// outbox, verify (timed) and poll the status until the tenant is Completed (timed from the
/// verify answer). One sign-up at a time, so the figures are latencies, not throughput.
/// </summary>
internal static class OnboardingBenchmark
{
    public static async Task<int> RunAsync(OnboardingOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = options.Timeout };
        var client = new OnboardingClient(http, options);
        var samples = new List<SignUpSample>(options.SignUps);
        var total = options.WarmUp + options.SignUps;
        for (var tenant = 1; tenant <= total; tenant++)
        {
            var sample = await client.SignUpAsync(tenant, cancellationToken);
            if (tenant > options.WarmUp)
            {
                samples.Add(sample);
            }

            // Progress on stderr keeps stdout a clean markdown report.
            if (tenant % 10 == 0 || tenant == total)
            {
                await Console.Error.WriteLineAsync($"{options.Label}: {tenant}/{total} sign-ups");
            }
        }

        Console.Write(OnboardingReport.Markdown(options, samples));
        return samples.Exists(s => s.Failed) ? 1 : 0;
    }
}
