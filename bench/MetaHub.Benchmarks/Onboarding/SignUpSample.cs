namespace MetaHub.Benchmarks.Onboarding;

/// <summary>
/// One sign-up as the client saw it. <paramref name="Tenant"/> counts every sign-up of the run,
/// warm-ups included, because each one adds a tenant (and a dedicated database).
/// <paramref name="Steps"/> is the time spent in each provisioning step as seen by polling: a
/// step shorter than the poll interval may not be seen, its time then goes to the step before.
/// A failed sign-up's <paramref name="ToCompleted"/> is the time until Failed was seen.
/// </summary>
internal sealed record SignUpSample(
    int Tenant,
    TimeSpan Verify,
    TimeSpan ToCompleted,
    bool Failed,
    IReadOnlyList<KeyValuePair<string, TimeSpan>> Steps);
