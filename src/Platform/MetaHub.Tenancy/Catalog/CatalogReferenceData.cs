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
        Module("access", "AdminPanelSettings", "Kuruluş ve erişim", "Organisation and access", "Şirketler, kullanıcılar, roller, denetim kaydı", "Companies, users, roles, audit log", core: true),
        Module("dashboard", "Dashboard", "Panolar", "Dashboards", "Şirket ve grup panoları", "Company and group dashboards", core: true),
        Module("notifications", "Notifications", "Bildirimler", "Notifications", "E-posta, WhatsApp ve uygulama içi bildirimler", "Email, WhatsApp and in-app notifications", core: true),
        Module("customers", "People", "Müşteriler", "Customers", "Müşteriler, kişiler, görüşme geçmişi, hatırlatmalar", "Customers, contacts, interactions, reminders"),
        Module("leads", "TrendingUp", "Potansiyel müşteriler", "Leads", "Satış hattı, aktiviteler, takip", "Pipeline, activities, follow-ups", "customers"),
        Module("domains", "Language", "Alan adı ve hosting", "Domains and hosting", "Alan adı, hosting ve SSL takibi", "Domain, hosting and SSL tracking", "customers"),
        Module("vault", "Key", "Şifre kasası", "Credentials vault", "Şifreli erişim bilgileri ve e-posta hesapları", "Encrypted credentials and email accounts", "customers"),
        Module("seo", "TravelExplore", "SEO takibi", "SEO tracking", "Müşteri bazlı SEO kontrol listeleri", "SEO checklists per customer", "customers"),
        Module("tasks", "TaskAlt", "Görevler", "Tasks", "Tekrarlayan ve tek seferlik görevler", "Recurring and one-off tasks"),
        Module("projects", "ViewKanban", "Projeler", "Projects", "Projeler, kanban, gantt", "Projects, kanban, Gantt", "customers"),
        Module("time", "Timer", "Zaman takibi", "Time tracking", "Görev bazlı zaman kaydı", "Time entries per task", "projects"),
        Module("files", "Folder", "Dosyalar", "Files", "Klasörler, paylaşımlar, indirme kaydı", "Folders, shares, download log"),
        Module("finance", "AccountBalance", "Finans", "Finance", "Faturalar, gelir-gider, banka ve kart hesapları", "Invoices, income and expenses, bank and card accounts", "customers"),
        Module("whatsapp", "Chat", "WhatsApp", "WhatsApp", "Gelen kutusu ve yapay zekâ yanıt önerileri", "Inbox and AI reply suggestions", "customers"),
        Module("references", "WorkspacePremium", "Referanslar", "References", "Referans projeler ve hızlı paylaşım", "Reference projects and quick sharing", "customers"),
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
        var modules = await db.ModuleDefinitions.ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        db.ModuleDefinitions.AddRange(Modules.Select((m, index) => Copy(m, sortOrder: index + 1)).Where(m => !modules.ContainsKey(m.Code)));

        // Catalogs created before modules had an icon, English label and description get them once.
        foreach (var (stored, template) in Modules.Where(m => modules.ContainsKey(m.Code)).Select(m => (modules[m.Code], m)).Where(p => p.Item1.Icon.Length == 0))
        {
            stored.Icon = template.Icon;
            stored.Label = stored.Label with { En = template.Label.En };
            stored.Description = template.Description;
        }

        var packages = await db.Packages.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Packages.AddRange(Packages.Where(p => !packages.Contains(p.Code)).Select(Copy));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ModuleDefinition Module(string code, string icon, string tr, string en, string descriptionTr, string descriptionEn, params string[] dependencies) =>
        new() { Code = code, Icon = icon, Label = new(tr, en), Description = new(descriptionTr, descriptionEn), Dependencies = [.. dependencies] };

    private static ModuleDefinition Module(string code, string icon, string tr, string en, string descriptionTr, string descriptionEn, bool core)
    {
        var module = Module(code, icon, tr, en, descriptionTr, descriptionEn);
        module.IsCore = core;
        return module;
    }

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
        Code = m.Code, Label = m.Label, Description = m.Description, Icon = m.Icon, Version = m.Version, IsCore = m.IsCore,
        Dependencies = [.. m.Dependencies], SortOrder = sortOrder,
    };

    private static Package Copy(Package p) => new()
    {
        Code = p.Code, Name = p.Name, Description = p.Description, MonthlyPrice = p.MonthlyPrice, YearlyPrice = p.YearlyPrice, Currency = p.Currency,
        MaxUsers = p.MaxUsers, Placement = p.Placement, SortOrder = p.SortOrder,
        Modules = [.. p.Modules.Select(m => new PackageModule { ModuleCode = m.ModuleCode, MaxEntities = m.MaxEntities })],
    };
}
