using Microsoft.EntityFrameworkCore;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// The module catalog and the three packages every installation starts with. Rows are added
/// when missing and never overwritten, so an operator's later price or module changes stay.
/// </summary>
internal static class CatalogReferenceData
{
    /// <summary>Every module of SPEC §5–6, in menu order: code, Turkish name, core, dependencies.</summary>
    public static readonly IReadOnlyList<ModuleDefinition> Modules =
    [
        Module("access", "Kuruluş ve erişim", "Şirketler, kullanıcılar, roller, denetim kaydı", core: true),
        Module("dashboard", "Panolar", "Şirket ve grup panoları", core: true),
        Module("notifications", "Bildirimler", "E-posta, WhatsApp ve uygulama içi bildirimler", core: true),
        Module("customers", "Müşteriler", "Müşteriler, kişiler, görüşme geçmişi, hatırlatmalar"),
        Module("leads", "Potansiyel müşteriler", "Satış hattı, aktiviteler, takip", "customers"),
        Module("domains", "Alan adı ve hosting", "Alan adı, hosting ve SSL takibi", "customers"),
        Module("vault", "Şifre kasası", "Şifreli erişim bilgileri ve e-posta hesapları", "customers"),
        Module("seo", "SEO takibi", "Müşteri bazlı SEO kontrol listeleri", "customers"),
        Module("tasks", "Görevler", "Tekrarlayan ve tek seferlik görevler"),
        Module("projects", "Projeler", "Projeler, kanban, gantt", "customers"),
        Module("time", "Zaman takibi", "Görev bazlı zaman kaydı", "projects"),
        Module("files", "Dosyalar", "Klasörler, paylaşımlar, indirme kaydı"),
        Module("finance", "Finans", "Faturalar, gelir-gider, banka ve kart hesapları", "customers"),
        Module("whatsapp", "WhatsApp", "Gelen kutusu ve yapay zekâ yanıt önerileri", "customers"),
        Module("references", "Referanslar", "Referans projeler ve hızlı paylaşım", "customers"),
    ];

    private static readonly string[] Starter = ["customers", "leads", "domains", "tasks", "files"];
    private static readonly string[] Professional = [.. Starter, "vault", "seo", "projects", "time", "references"];

    public static readonly IReadOnlyList<Package> Packages =
    [
        Offer("starter", "Starter", "Küçük ekipler için temel müşteri ve iş takibi", 490m, 4_900m, 5, TenantPlacement.Shared, 1, Starter),
        Offer("professional", "Professional", "Büyüyen ajanslar için proje, SEO ve kasa", 1_290m, 12_900m, 25, TenantPlacement.Shared, 2, Professional),
        Offer("enterprise", "Enterprise", "Şirketler grubu için tüm modüller ve ayrı veritabanı", 2_990m, 29_900m, 100, TenantPlacement.Dedicated, 3,
            [.. Modules.Where(m => !m.IsCore).Select(m => m.Code)]),
    ];

    public static async Task SeedAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var modules = await db.ModuleDefinitions.Select(m => m.Code).ToListAsync(cancellationToken);
        db.ModuleDefinitions.AddRange(Modules.Select((m, index) => Copy(m, sortOrder: index + 1)).Where(m => !modules.Contains(m.Code)));

        var packages = await db.Packages.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Packages.AddRange(Packages.Where(p => !packages.Contains(p.Code)).Select(Copy));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ModuleDefinition Module(string code, string name, string description, params string[] dependencies) =>
        new() { Code = code, Name = name, Description = description, Dependencies = [.. dependencies] };

    private static ModuleDefinition Module(string code, string name, string description, bool core) =>
        new() { Code = code, Name = name, Description = description, IsCore = core };

    private static Package Offer(
        string code, string name, string description, decimal monthly, decimal yearly, int maxUsers, TenantPlacement placement, int order, string[] modules) =>
        new()
        {
            Code = code, Name = name, Description = description, MonthlyPrice = monthly, YearlyPrice = yearly, MaxUsers = maxUsers,
            Placement = placement, SortOrder = order,
            Modules = [.. Modules.Where(m => m.IsCore).Select(m => m.Code).Concat(modules).Select(m => new PackageModule { ModuleCode = m })],
        };

    // The lists above are templates; each database gets rows of its own.
    private static ModuleDefinition Copy(ModuleDefinition m, int sortOrder) => new()
    {
        Code = m.Code, Name = m.Name, Description = m.Description, IsCore = m.IsCore, Dependencies = [.. m.Dependencies], SortOrder = sortOrder,
    };

    private static Package Copy(Package p) => new()
    {
        Code = p.Code, Name = p.Name, Description = p.Description, MonthlyPrice = p.MonthlyPrice, YearlyPrice = p.YearlyPrice, Currency = p.Currency,
        MaxUsers = p.MaxUsers, Placement = p.Placement, SortOrder = p.SortOrder,
        Modules = [.. p.Modules.Select(m => new PackageModule { ModuleCode = m.ModuleCode, MaxEntities = m.MaxEntities })],
    };
}
