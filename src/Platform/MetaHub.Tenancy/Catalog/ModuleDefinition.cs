using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A module of the platform as the catalog knows it: what packages include and subscriptions grant.</summary>
public sealed class ModuleDefinition : Entity
{
    public const int CodeMaxLength = 40;

    /// <summary>Lower-case code, the same as the module's <c>IModule.Code</c>.</summary>
    public required string Code { get; set; }

    public TranslatedText Label { get; set; } = TranslatedText.Empty;

    public TranslatedText Description { get; set; } = TranslatedText.Empty;

    /// <summary>Name of a Material icon (as MudBlazor's <c>Icons.Material.Outlined</c> spells it).</summary>
    public string Icon { get; set; } = "";

    /// <summary>The module's current version; a tenant's meta records the version it has.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>Part of every subscription; cannot be left out of a package.</summary>
    public bool IsCore { get; set; }

    /// <summary>Codes of the modules this one needs.</summary>
    public List<string> Dependencies { get; set; } = [];

    public int SortOrder { get; set; }
}
