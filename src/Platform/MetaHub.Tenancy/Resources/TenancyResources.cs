namespace MetaHub.Tenancy.Resources;

/// <summary>Marker for the module's localised strings (TenancyResources.resx, .en.resx).</summary>
public sealed class TenancyResources;
