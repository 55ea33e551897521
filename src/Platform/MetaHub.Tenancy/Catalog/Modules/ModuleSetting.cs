using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// One tenant's choices for a module (SPEC §4): each value, when set, overrides its meta's, plus
/// the module's SEO texts. By design it has no label, icon, language, stats key, history or routes:
/// those belong to the meta alone.
/// </summary>
public sealed class ModuleSetting : Entity
{
    public const int SeoTitleMaxLength = 200;

    public const int SeoTextMaxLength = TranslatedText.MaxLength;

    public const int SeoOgImageMaxLength = 500;

    public Guid TenantId { get; set; }

    /// <summary>The module's code.</summary>
    public required string Module { get; set; }

    public bool? Enabled { get; set; }

    public bool? VisibleInSidebar { get; set; }

    public bool? UseAnalytics { get; set; }

    public bool? ShowInDashboard { get; set; }

    public List<string>? Roles { get; set; }

    public int? Order { get; set; }

    public TranslatedText SeoTitle { get; set; } = TranslatedText.Empty;

    public TranslatedText SeoDescription { get; set; } = TranslatedText.Empty;

    public TranslatedText SeoSummary { get; set; } = TranslatedText.Empty;

    public string? SeoOgImage { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
