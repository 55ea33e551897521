namespace MetaHub.Customers.Features;

/// <summary>Times are stored in UTC; SQLite hands them back unmarked, so responses mark them before they are sent or shown.</summary>
internal static class StoredTime
{
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } time ? Utc(time) : null;
}
