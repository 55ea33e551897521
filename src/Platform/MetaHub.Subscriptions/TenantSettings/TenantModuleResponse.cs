using MetaHub.Tenancy.Catalog;

namespace MetaHub.Subscriptions.TenantSettings;

/// <summary>
/// One module as the tenant has it: what it is, whether the subscription includes it (core modules
/// always count), the values in force and the tenant's own choices (null: inherited from the module's defaults).
/// Public because the settings page hands it to its SEO dialog, a public component.
/// </summary>
public sealed record TenantModuleResponse(
    string Code,
    string Label,
    string Icon,
    bool IsCore,
    bool InSubscription,
    TenantModuleResponse.EffectiveValues Effective,
    TenantModuleResponse.SettingValues Setting)
{
    public sealed record EffectiveValues(bool Enabled, bool VisibleInSidebar, bool UseAnalytics, bool ShowInDashboard, IReadOnlyList<string> Roles, int Order);

    public sealed record SettingValues(
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
