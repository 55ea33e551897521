namespace MetaHub.Tenancy.Catalog;

/// <summary>An HTTP endpoint of a module, as its meta lists it.</summary>
public sealed record ModuleRoute(string Method, string Path, bool Auth, string? Summary);
