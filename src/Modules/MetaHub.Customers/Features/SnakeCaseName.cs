using System.Text.Json;

namespace MetaHub.Customers.Features;

/// <summary>Enumeration values as the API spells them (<c>whatsapp</c>, <c>potential</c>), for query strings, which JSON converters never see.</summary>
internal static class SnakeCaseName
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The value named <paramref name="text"/> (case-insensitive); null when it names none.</summary>
    public static TEnum? Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => string.Equals(Of(v!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
