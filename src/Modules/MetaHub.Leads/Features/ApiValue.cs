using System.Collections.Frozen;
using System.Text.Json;

namespace MetaHub.Leads.Features;

/// <summary>
/// Enumerations as the API spells them (<c>meeting_scheduled</c>). Requests carry them as text and
/// the use case reads them here, so an unknown value is a field error naming the field and the
/// allowed values, in the user's language, rather than a body that fails to bind.
/// </summary>
internal static class ApiValue
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue[value];

    /// <summary>The allowed spellings, in declaration order, for error messages.</summary>
    public static string List<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum =>
        string.Join(", ", values.Select(Of));

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByName.TryGetValue(text.Trim(), out value);

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ByName =
            ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
    }
}
