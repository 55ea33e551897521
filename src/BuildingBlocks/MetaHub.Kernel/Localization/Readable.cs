using System.Globalization;

namespace MetaHub.Kernel.Localization;

/// <summary>Stored dates and times as every page shows them: in the reader's culture, UTC times in the server's zone.</summary>
public static class Readable
{
    public static string Time(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime().ToString("g", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
