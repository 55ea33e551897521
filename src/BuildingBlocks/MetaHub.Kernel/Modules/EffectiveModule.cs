using System.Globalization;

namespace MetaHub.Kernel.Modules;

/// <summary>
/// A module as a tenant gets it (SPEC §4): its meta merged with the tenant's setting. Label, icon and
/// language come from the meta; roles, enabled and order from the setting when it has them; the
/// switches default to on (sidebar, dashboard) and off (analytics).
/// </summary>
public sealed record EffectiveModule(
    string Code,
    string LabelTr,
    string LabelEn,
    string Icon,
    string Language,
    IReadOnlyList<string> Roles,
    bool Enabled,
    int Order,
    bool VisibleInSidebar,
    bool UseAnalytics,
    bool ShowInDashboard)
{
    public string Label(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && LabelEn.Length > 0 ? LabelEn : LabelTr.Length > 0 ? LabelTr : LabelEn;

    /// <summary>Whether a holder of the role (its code, see <see cref="Security.RoleKeys"/>) may use the module; no roles means every role.</summary>
    public bool Allows(string? roleKey) => Roles.Count == 0 || (roleKey is not null && Roles.Contains(roleKey, StringComparer.Ordinal));
}
