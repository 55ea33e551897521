namespace MetaHub.Web.Resources;

/// <summary>Marker for the operators' module pages (ModuleAdminResources.resx, .en.resx).</summary>
public sealed class ModuleAdminResources;
