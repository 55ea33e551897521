namespace MetaHub.Leads.Features;

/// <summary>
/// Which day "today" is for follow-ups. The company's time zone lives with the company, out of a
/// module's reach, so the day is the UTC day for every company alike.
/// </summary>
internal static class LeadCalendar
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
