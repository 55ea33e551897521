namespace MetaHub.Kernel.Modules;

/// <summary>
/// A link a module puts in the sidebar under its own name, shown to users holding
/// <paramref name="Permission"/>; <paramref name="TitleKey"/> names a text in the module's
/// resources, or is null for the module's own label.
/// </summary>
public sealed record ModuleMenuEntry(string Href, string Permission, string? TitleKey = null);
