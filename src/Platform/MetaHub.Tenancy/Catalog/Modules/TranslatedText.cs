using System.Globalization;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A text in the product's two languages; Turkish is the default.</summary>
public sealed record TranslatedText(string Tr, string En)
{
    public const int MaxLength = 500;

    public static readonly TranslatedText Empty = new("", "");

    /// <summary>The text in the given culture's language, falling back to the other when empty.</summary>
    public string In(CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var preferred = english ? En : Tr;
        return string.IsNullOrWhiteSpace(preferred) ? (english ? Tr : En) : preferred;
    }
}
