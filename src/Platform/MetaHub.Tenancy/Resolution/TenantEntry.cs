using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Placement;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// A cached catalog answer: the tenant as the application sees it, and where its data lives.
/// It doubles as the request feature and carries its log scope, so a resolved request
/// allocates nothing for them.
/// </summary>
internal sealed record TenantEntry(TenantInfo Info, TenantRoute Route)
{
    public TenantLogScope LogScope { get; } = new(Info.Id, Info.Slug);
}
