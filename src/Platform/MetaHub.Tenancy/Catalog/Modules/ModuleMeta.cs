using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// A module as one tenant has it (SPEC §4): what it is called and looks like, who may use it, and
/// its defaults. One per tenant and module; a <see cref="ModuleSetting"/> overrides the defaults.
/// </summary>
public sealed class ModuleMeta : Entity
{
    public Guid TenantId { get; set; }

    /// <summary>The module's code.</summary>
    public required string Name { get; set; }

    public TranslatedText Label { get; set; } = TranslatedText.Empty;

    public string Icon { get; set; } = "";

    /// <summary>Role codes that may use the module; empty means every role its permissions allow.</summary>
    public List<string> Roles { get; set; } = [];

    public bool Enabled { get; set; }

    /// <summary>The module's own content language (<c>tr</c> or <c>en</c>).</summary>
    public string Language { get; set; } = "tr";

    public string Version { get; set; } = "1.0.0";

    public int Order { get; set; }

    /// <summary>Key of the figure the dashboards show for the module.</summary>
    public string? StatsKey { get; set; }

    public List<ModuleVersionNote> History { get; set; } = [];

    public List<ModuleRoute> Routes { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
