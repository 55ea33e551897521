using MetaHub.Customers.Domain;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Json;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MetaHub.Customers.Pages;

/// <summary>How the module's pages show values: statuses and interaction types by name and colour (dates and times: <see cref="MetaHub.Kernel.Localization.Readable"/>).</summary>
internal static class Display
{
    public static string Status(IStringLocalizer<CustomersResources> l, CustomerStatus status) => l[$"status.{ApiValue.Of(status)}"];

    public static Color StatusColor(CustomerStatus status) => status switch
    {
        CustomerStatus.Active => Color.Success,
        CustomerStatus.Potential => Color.Info,
        _ => Color.Default,
    };

    public static string Type(IStringLocalizer<CustomersResources> l, InteractionType type) => l[$"interaction.{ApiValue.Of(type)}"];

    public static string TypeIcon(InteractionType type) => type switch
    {
        InteractionType.Call => Icons.Material.Filled.Phone,
        InteractionType.Meeting => Icons.Material.Filled.Groups,
        InteractionType.Email => Icons.Material.Filled.Email,
        InteractionType.Whatsapp => Icons.Custom.Brands.WhatsApp,
        _ => Icons.Material.Filled.StickyNote2,
    };
}
