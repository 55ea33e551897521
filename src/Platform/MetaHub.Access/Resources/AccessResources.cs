namespace MetaHub.Access.Resources;

/// <summary>Marker for the module's localised strings (AccessResources.resx, .en.resx).</summary>
public sealed class AccessResources;
