namespace MetaHub.Subscriptions.TenantSettings;

/// <summary>
/// The tenant's choices for one module; a field left out (null) stays as it is. An empty
/// <c>roles</c> list hands the choice of roles back to the module's defaults; empty SEO texts and
/// an empty image address clear them.
/// </summary>
internal sealed record ModuleSettingRequest(
    bool? Enabled = null,
    bool? VisibleInSidebar = null,
    bool? UseAnalytics = null,
    bool? ShowInDashboard = null,
    IReadOnlyList<string>? Roles = null,
    SeoText? SeoTitle = null,
    SeoText? SeoDescription = null,
    SeoText? SeoSummary = null,
    string? SeoOgImage = null);
