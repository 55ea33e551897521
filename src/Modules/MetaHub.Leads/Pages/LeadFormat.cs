using System.Collections.Frozen;
using System.Globalization;
using MetaHub.Kernel.Json;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MetaHub.Leads.Pages;

/// <summary>How the pages show a lead's values: names in the reader's language, money in the reader's culture.</summary>
internal static class LeadFormat
{
    /// <summary>A currency's symbol by ISO code (₺ for TRY, € for EUR), from the regions the platform knows.</summary>
    private static readonly FrozenDictionary<string, string> Symbols = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(RegionOf)
        .OfType<RegionInfo>()
        .GroupBy(r => r.ISOCurrencySymbol, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().CurrencySymbol, StringComparer.Ordinal);

    public static string Status(IStringLocalizer<LeadsResources> localizer, LeadStatus status) => localizer["status." + ApiValue.Of(status)];

    public static string Source(IStringLocalizer<LeadsResources> localizer, LeadSource source) => localizer["source." + ApiValue.Of(source)];

    public static string Activity(IStringLocalizer<LeadsResources> localizer, LeadActivityType type) => localizer["activity." + ApiValue.Of(type)];

    /// <summary>An amount in its own currency, written the reader's way: ₺15.000 in Turkish, ₺15,000 in English.</summary>
    public static string Money(decimal amount, string currency)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = Symbols.GetValueOrDefault(currency) is { } symbol && symbol != currency ? symbol : currency + " ";
        return amount.ToString(decimal.Truncate(amount) == amount ? "C0" : "C2", format);
    }

    /// <summary>A status move as the history stores it (<c>new → lost</c>, the lost reason below) in the reader's words.</summary>
    public static string Move(IStringLocalizer<LeadsResources> localizer, string description)
    {
        var lines = description.Split('\n', 2);
        var ends = lines[0].Split(Features.Pipeline.StatusMove.Arrow);
        var words = ends.Select(e => ApiValue.TryParse<LeadStatus>(e, out var status) ? Status(localizer, status) : e);
        return string.Join(Features.Pipeline.StatusMove.Arrow, words) + (lines.Length > 1 ? " — " + lines[1] : "");
    }

    private static RegionInfo? RegionOf(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            // A culture of a continent rather than a country (en-150) has no region of its own.
            return null;
        }
    }

    public static Color StatusColor(LeadStatus status) => status switch
    {
        LeadStatus.Won => Color.Success,
        LeadStatus.Lost => Color.Error,
        LeadStatus.Negotiation or LeadStatus.ProposalSent => Color.Warning,
        LeadStatus.New => Color.Info,
        _ => Color.Primary,
    };

    public static string ActivityIcon(LeadActivityType type) => type switch
    {
        LeadActivityType.Call => Icons.Material.Filled.Phone,
        LeadActivityType.Meeting => Icons.Material.Filled.Groups,
        LeadActivityType.Email => Icons.Material.Filled.Email,
        LeadActivityType.Whatsapp => Icons.Material.Filled.Chat,
        LeadActivityType.Proposal => Icons.Material.Filled.Description,
        LeadActivityType.Note => Icons.Material.Filled.StickyNote2,
        _ => Icons.Material.Filled.SwapHoriz,
    };
}
