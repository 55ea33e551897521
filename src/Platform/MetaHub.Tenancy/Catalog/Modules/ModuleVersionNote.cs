namespace MetaHub.Tenancy.Catalog;

/// <summary>One entry of a module's version history: which version, by whom, when, and why.</summary>
public sealed record ModuleVersionNote(string Version, string By, DateTime Date, string? Note);
