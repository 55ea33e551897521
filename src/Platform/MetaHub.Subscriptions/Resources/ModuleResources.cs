namespace MetaHub.Subscriptions.Resources;

/// <summary>Marker for module management's messages (ModuleResources.resx, .en.resx).</summary>
public sealed class ModuleResources;
