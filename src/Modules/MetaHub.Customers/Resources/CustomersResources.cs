namespace MetaHub.Customers.Resources;

/// <summary>Marker for the module's localised strings (CustomersResources.resx, .en.resx).</summary>
public sealed class CustomersResources;
