namespace MetaHub.Kernel.Tenancy;

/// <summary>Colours and logo a tenant shows; colours are CSS hex values such as <c>#1E88E5</c>.</summary>
public sealed record TenantBranding(string PrimaryColor, string SecondaryColor, string? LogoUrl)
{
    public static readonly TenantBranding Default = new("#1E88E5", "#FF6F00", LogoUrl: null);
}
