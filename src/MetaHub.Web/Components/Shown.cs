using System.Globalization;

namespace MetaHub.Web.Components;

/// <summary>How pages show stored values: UTC times in the reader's culture, a field's messages as one line.</summary>
internal static class Shown
{
    public static string LocalTime(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime().ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The use case's messages for <paramref name="field"/>, or null when it has none.</summary>
    public static string? ErrorsOf(IEnumerable<KeyValuePair<string, string[]>> errors, string field) =>
        errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.Ordinal)).Value is { } messages ? string.Join(" ", messages) : null;
}
