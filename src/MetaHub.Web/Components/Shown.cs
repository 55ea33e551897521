namespace MetaHub.Web.Components;

/// <summary>How pages show a field's messages: as one line.</summary>
internal static class Shown
{
    /// <summary>The use case's messages for <paramref name="field"/>, or null when it has none.</summary>
    public static string? ErrorsOf(IEnumerable<KeyValuePair<string, string[]>> errors, string field) =>
        errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.Ordinal)).Value is { } messages ? string.Join(" ", messages) : null;
}
