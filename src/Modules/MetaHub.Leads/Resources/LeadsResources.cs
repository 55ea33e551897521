namespace MetaHub.Leads.Resources;

/// <summary>Marker for the module's localised strings (LeadsResources.resx, .en.resx).</summary>
public sealed class LeadsResources;
