namespace MetaHub.Web.Resources;

/// <summary>Marker for the host's localised strings (WebResources.resx, .en.resx).</summary>
public sealed class WebResources;
