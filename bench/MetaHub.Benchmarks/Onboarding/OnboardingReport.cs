using System.Text;
using MetaHub.Tenancy.Catalog;

using static MetaHub.Benchmarks.Latency;

namespace MetaHub.Benchmarks.Onboarding;

/// <summary>The markdown tables of one run: latencies, time per provisioning step and, on request, the growth curve.</summary>
internal static class OnboardingReport
{
    private static readonly int[] Checkpoints = [10, 50, 100, 200, 500, 1000];

    public static string Markdown(OnboardingOptions options, IReadOnlyList<SignUpSample> samples)
    {
        var text = new StringBuilder();
        var verify = samples.Select(s => s.Verify).ToList();
        var completed = samples.Where(s => !s.Failed).Select(s => s.ToCompleted).ToList();
        Line(text, $"### {options.Label}");
        Line(text);
        Line(text, $"{samples.Count} sign-ups measured one at a time after {options.WarmUp} warm-up sign-ups, status polled every {options.PollInterval.TotalMilliseconds:0} ms.");
        Line(text);
        Line(text, "| sign-ups | failed | verify p50 | verify p95 | verify max | verify→Completed mean | p50 | p95 | max |");
        Line(text, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Line(text, $"| {samples.Count} | {samples.Count(s => s.Failed)} | {Ms(Percentile(verify, 50))} | {Ms(Percentile(verify, 95))} | {Ms(Max(verify))} | {Ms(Mean(completed))} | {Ms(Percentile(completed, 50))} | {Ms(Percentile(completed, 95))} | {Ms(Max(completed))} |");
        Line(text);

        Line(text, "Time per step as polling saw it (`Starting` includes waiting for the job to be picked up):");
        Line(text);
        Line(text, "| step | mean | max |");
        Line(text, "|---|---:|---:|");
        foreach (var step in samples.SelectMany(s => s.Steps).GroupBy(s => s.Key, s => s.Value, StringComparer.Ordinal).OrderBy(g => Enum.Parse<ProvisioningStep>(g.Key)))
        {
            // A step that was not seen in a sign-up counts as zero there, so the means add up to the total.
            Line(text, $"| {step.Key} | {Ms(TimeSpan.FromTicks(step.Sum(t => t.Ticks) / Math.Max(samples.Count, 1)))} | {Ms(step.Max())} |");
        }

        Line(text);
        if (options.Growth && samples.Count >= 10)
        {
            Growth(text, samples);
        }

        return text.ToString();
    }

    private static void Growth(StringBuilder text, IReadOnlyList<SignUpSample> samples)
    {
        // The single tenant is noisy; the mean of the ten before it shows the trend.
        Line(text, "| tenant # | verify→Completed | mean of tenants #n-9..#n (completed ones) |");
        Line(text, "|---:|---:|---:|");
        foreach (var checkpoint in Checkpoints)
        {
            var index = samples.ToList().FindIndex(s => s.Tenant == checkpoint);
            if (index >= 0)
            {
                var window = samples.Take(index + 1).TakeLast(10).Where(s => !s.Failed).Select(s => s.ToCompleted).ToList();
                var sample = samples[index];
                var time = (sample.Failed, sample.Steps) switch
                {
                    (true, [.., var last]) => $"failed at {last.Key}",
                    (true, _) => "failed",
                    _ => Ms(sample.ToCompleted),
                };
                Line(text, $"| {checkpoint} | {time} | {Ms(Mean(window))} |");
            }
        }

        Line(text);
        Line(text, "| tenants (tenth of the run) | failed | mean | p50 | max |");
        Line(text, "|---|---:|---:|---:|---:|");
        var size = (int)Math.Ceiling(samples.Count / 10.0);
        foreach (var tenth in samples.Chunk(size))
        {
            var times = tenth.Where(s => !s.Failed).Select(s => s.ToCompleted).ToList();
            Line(text, $"| #{tenth[0].Tenant}–#{tenth[^1].Tenant} | {tenth.Count(s => s.Failed)} | {Ms(Mean(times))} | {Ms(Percentile(times, 50))} | {Ms(Max(times))} |");
        }

        Line(text);
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
