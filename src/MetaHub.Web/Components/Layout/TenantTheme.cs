using MetaHub.Kernel.Tenancy;
using MudBlazor;

namespace MetaHub.Web.Components.Layout;

/// <summary>The MudBlazor theme in the tenant's colours, light and dark.</summary>
internal static class TenantTheme
{
    public static MudTheme For(TenantBranding branding) => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = branding.PrimaryColor,
            Secondary = branding.SecondaryColor,
            AppbarBackground = branding.PrimaryColor,
        },
        PaletteDark = new PaletteDark
        {
            Primary = branding.PrimaryColor,
            Secondary = branding.SecondaryColor,
        },
    };
}
