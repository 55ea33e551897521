using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Tenancy.Catalog;

/// <summary>How the per-tenant module records are stored in the catalog.</summary>
internal static class ModuleModel
{
    public const int CodeMaxLength = ModuleDefinition.CodeMaxLength;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModuleMeta>(meta =>
        {
            meta.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
            meta.Property(m => m.Name).HasMaxLength(CodeMaxLength);
            meta.HasIndex(m => new { m.TenantId, m.Name }).IsUnique();
            Translated(meta.ComplexProperty(m => m.Label), 100);
            meta.Property(m => m.Icon).HasMaxLength(100);
            meta.Property(m => m.Language).HasMaxLength(5);
            meta.Property(m => m.Version).HasMaxLength(20);
            meta.Property(m => m.StatsKey).HasMaxLength(100);
            meta.ComplexCollection(m => m.History, history => history.ToJson());
            meta.ComplexCollection(m => m.Routes, routes => routes.ToJson());
        });

        modelBuilder.Entity<ModuleSetting>(setting =>
        {
            setting.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
            setting.Property(s => s.Module).HasMaxLength(CodeMaxLength);
            setting.HasIndex(s => new { s.TenantId, s.Module }).IsUnique();
            Translated(setting.ComplexProperty(s => s.SeoTitle), ModuleSetting.SeoTitleMaxLength);
            Translated(setting.ComplexProperty(s => s.SeoDescription), ModuleSetting.SeoTextMaxLength);
            Translated(setting.ComplexProperty(s => s.SeoSummary), ModuleSetting.SeoTextMaxLength);
            setting.Property(s => s.SeoOgImage).HasMaxLength(ModuleSetting.SeoOgImageMaxLength);
        });

        modelBuilder.Entity<ModuleChange>(change =>
        {
            change.Property(c => c.Module).HasMaxLength(CodeMaxLength);
            change.Property(c => c.Action).HasMaxLength(40);
            change.Property(c => c.Field).HasMaxLength(100);
            change.Property(c => c.OldValue).HasMaxLength(4000);
            change.Property(c => c.NewValue).HasMaxLength(4000);
            change.Property(c => c.ChangedBy).HasMaxLength(254);
            change.HasIndex(c => new { c.TenantId, c.Module, c.ChangedAt });
            change.HasIndex(c => c.ChangedAt);
        });

        modelBuilder.Entity<ModuleApiKey>(key =>
        {
            key.HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.Cascade);
            key.Property(k => k.Module).HasMaxLength(CodeMaxLength);
            key.Property(k => k.Name).HasMaxLength(100);
            key.Property(k => k.Prefix).HasMaxLength(ModuleApiKey.PrefixLength);
            key.HasIndex(k => k.Prefix).IsUnique();
            key.Property(k => k.SecretHash).HasMaxLength(64);
            key.Property(k => k.CreatedBy).HasMaxLength(254);
            key.HasIndex(k => new { k.TenantId, k.Module });
        });

        modelBuilder.Entity<ModuleFeatureFlag>(flag =>
        {
            flag.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Cascade);
            flag.Property(f => f.Module).HasMaxLength(CodeMaxLength);
            flag.Property(f => f.Key).HasMaxLength(60);
            flag.HasIndex(f => new { f.TenantId, f.Module, f.Key }).IsUnique();
            flag.Property(f => f.UpdatedBy).HasMaxLength(254);
        });
    }

    private static void Translated(ComplexPropertyBuilder<TranslatedText> text, int maxLength)
    {
        text.Property(t => t.Tr).HasMaxLength(maxLength);
        text.Property(t => t.En).HasMaxLength(maxLength);
    }
}
