using System.Collections.Frozen;
using System.Text.Json;

namespace MetaHub.Kernel.Json;

/// <summary>
/// Enumerations as the API spells them (<c>meeting_scheduled</c>), for query strings, resource keys
/// and requests that carry them as text, so an unknown value is a field error naming the field and
/// the allowed values in the user's language rather than a body that fails to bind.
/// </summary>
public static class ApiValue
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

    /// <summary>The value named <paramref name="text"/> (any case); null when it names none.</summary>
    public static TEnum? Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : null;

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ByName =
            ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
    }
}
