using System.Globalization;

namespace MetaHub.Benchmarks;

/// <summary>Summaries of measured durations, as the reports print them.</summary>
internal static class Latency
{
    /// <summary>Nearest rank, so p95 of 30 samples is the 29th smallest.</summary>
    public static TimeSpan? Percentile(List<TimeSpan> values, int percent)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Max((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0)];
    }

    public static TimeSpan? Mean(List<TimeSpan> values) =>
        values.Count == 0 ? null : TimeSpan.FromTicks((long)values.Average(v => v.Ticks));

    public static TimeSpan? Max(List<TimeSpan> values) => values.Count == 0 ? null : values.Max();

    public static string Ms(TimeSpan? value) =>
        value is { } time ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms") : "–";
}
