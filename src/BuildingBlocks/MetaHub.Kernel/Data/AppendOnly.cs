using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetaHub.Kernel.Data;

/// <summary>
/// A table the application may insert into and read, never update or delete from. On PostgreSQL
/// the tenant's login role is granted exactly that, so even a bug or an injected statement cannot rewrite it.
/// </summary>
public static class AppendOnly
{
    public const string Annotation = "MetaHub:AppendOnly";

    public static EntityTypeBuilder<TEntity> IsAppendOnly<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class => builder.HasAnnotation(Annotation, true);

    public static bool IsAppendOnly(this IReadOnlyAnnotatable item) => item[Annotation] is true;
}
