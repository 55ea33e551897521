using System.Globalization;

namespace MetaHub.Benchmarks.Onboarding;

/// <summary>
/// Arguments of <c>onboarding</c>: <c>--url</c> (required), <c>--signups</c> measured sign-ups
/// (30), <c>--warmup</c> unmeasured ones first (3), <c>--label</c> for the table, <c>--growth</c>
/// to also print how verify→Completed grows with the tenant count, <c>--poll-ms</c> (10) and
/// <c>--timeout-s</c> per sign-up (120).
/// </summary>
internal sealed record OnboardingOptions(
    Uri Url, int SignUps, int WarmUp, string Label, bool Growth, TimeSpan PollInterval, TimeSpan Timeout)
{
    public static OnboardingOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var growth = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--growth")
            {
                growth = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown argument '{args[i]}'.", nameof(args));
            }
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

        var url = values.TryGetValue("url", out var address)
            ? new Uri(address.EndsWith('/') ? address : address + "/")
            : throw new ArgumentException("--url is required.", nameof(args));
        return new OnboardingOptions(
            url,
            Number("signups", 30),
            Number("warmup", 3),
            values.GetValueOrDefault("label", "onboarding"),
            growth,
            TimeSpan.FromMilliseconds(Number("poll-ms", 10)),
            TimeSpan.FromSeconds(Number("timeout-s", 120)));
    }
}
