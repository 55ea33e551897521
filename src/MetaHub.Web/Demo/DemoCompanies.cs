using MetaHub.Access.Domain;

namespace MetaHub.Web.Demo;

/// <summary>The demo group's companies, as drawn in the design notes.</summary>
internal static class DemoCompanies
{
    public static IReadOnlyList<Company> Create(DateTime now)
    {
        Company Make(string name, string slug, string primary, Company? parent = null) => new()
        {
            Name = name,
            Slug = slug,
            ParentCompanyId = parent?.Id,
            PrimaryColor = primary,
            Email = $"info@{slug}.example",
            CreatedAt = now,
            UpdatedAt = now,
        };

        var digital = Make("Dijital AŞ", "dijital", "#5E35B1");
        var software = Make("Yazılım AŞ", "yazilim", "#1E88E5");
        var media = Make("Medya Ltd", "medya", "#E53935");
        return
        [
            digital,
            Make("SEO Birimi", "seo-birimi", "#43A047", digital),
            Make("Tasarım Stüdyo", "tasarim-studyo", "#FB8C00", digital),
            software,
            Make("Mobil Dev", "mobil-dev", "#00ACC1", software),
            media,
        ];
    }
}
