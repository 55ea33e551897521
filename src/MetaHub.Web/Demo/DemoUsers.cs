using MetaHub.Kernel.Security;

namespace MetaHub.Web.Demo;

/// <summary>One demo user per system role, and the demo companies (by slug) each works in.</summary>
internal static class DemoUsers
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("owner@demo.local", "Ahmet", "Yılmaz", SystemRoles.Owner, ["dijital", "seo-birimi", "tasarim-studyo", "yazilim", "mobil-dev", "medya"]),
        new("admin@demo.local", "Ayşe", "Demir", SystemRoles.Admin, ["dijital", "seo-birimi", "tasarim-studyo", "yazilim", "mobil-dev", "medya"]),
        new("manager@demo.local", "Mehmet", "Kaya", SystemRoles.Manager, ["dijital", "seo-birimi", "tasarim-studyo"]),
        new("employee@demo.local", "Mert", "Çelik", SystemRoles.Employee, ["dijital", "seo-birimi"]),
        new("intern@demo.local", "Zeynep", "Arslan", SystemRoles.Intern, ["seo-birimi", "tasarim-studyo"]),
    ];
}
