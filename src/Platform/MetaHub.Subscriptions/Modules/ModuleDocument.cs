using MetaHub.Tenancy.Catalog;

namespace MetaHub.Subscriptions.Modules;

/// <summary>
/// Tenants' module metas and settings as exported and imported (SPEC §4 op 8), with exactly the
/// SPEC's fields. A setting has no label, icon, language, stats key, history or routes.
/// </summary>
internal sealed record ModuleDocument(int Version, DateTime ExportedAt, IReadOnlyList<ModuleDocument.TenantRecords> Tenants)
{
    public const int CurrentVersion = 1;

    public sealed record TenantRecords(string Slug, IReadOnlyList<Meta> Metas, IReadOnlyList<Setting> Settings);

    public sealed record Meta(
        string Name,
        TranslatedText Label,
        string Icon,
        IReadOnlyList<string> Roles,
        bool Enabled,
        string Language,
        string Version,
        int Order,
        string? StatsKey,
        IReadOnlyList<ModuleVersionNote> History,
        IReadOnlyList<ModuleRoute> Routes);

    public sealed record Setting(
        string Module,
        bool? Enabled,
        bool? VisibleInSidebar,
        bool? UseAnalytics,
        bool? ShowInDashboard,
        IReadOnlyList<string>? Roles,
        int? Order,
        TranslatedText SeoTitle,
        TranslatedText SeoDescription,
        TranslatedText SeoSummary,
        string? SeoOgImage);
}
