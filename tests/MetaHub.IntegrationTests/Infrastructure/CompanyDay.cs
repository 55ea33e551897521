namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>
/// Which day it is for a company of the tests: they keep the default time zone (Europe/Istanbul),
/// by which reminders and follow-ups fall due, whatever zone the machine running the tests is in.
/// </summary>
public static class CompanyDay
{
    public const string DefaultZone = "Europe/Istanbul";

    public static DateOnly Today => In(DefaultZone, DateTimeOffset.UtcNow);

    /// <summary>The date at <paramref name="instant"/> in the zone <paramref name="zoneId"/>.</summary>
    public static DateOnly In(string zoneId, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).DateTime);
}
