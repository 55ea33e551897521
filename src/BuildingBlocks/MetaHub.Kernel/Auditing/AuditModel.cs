using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Kernel.Auditing;

/// <summary>
/// How the audit log treats an entity or property, declared in its EF configuration: every change
/// is recorded unless the entity is a record itself (sessions, login history) or the property is
/// bookkeeping; a sensitive property is recorded as changed but its values are redacted.
/// </summary>
public static class AuditModel
{
    public const string Annotation = "MetaHub:Audit";
    public const string Excluded = "excluded";
    public const string Sensitive = "sensitive";
    public const string Redacted = "***";

    public static EntityTypeBuilder<TEntity> ExcludeFromAudit<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class => builder.HasAnnotation(Annotation, Excluded);

    public static PropertyBuilder<TProperty> ExcludeFromAudit<TProperty>(this PropertyBuilder<TProperty> builder) =>
        builder.HasAnnotation(Annotation, Excluded);

    public static PropertyBuilder<TProperty> IsSensitive<TProperty>(this PropertyBuilder<TProperty> builder) =>
        builder.HasAnnotation(Annotation, Sensitive);

    public static bool IsExcludedFromAudit(this IReadOnlyAnnotatable item) => Excluded.Equals(item[Annotation]);

    public static bool IsSensitive(this IReadOnlyAnnotatable item) => Sensitive.Equals(item[Annotation]);
}
