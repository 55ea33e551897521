using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Placement;

namespace MetaHub.Tenancy.Resolution;

/// <summary>A cached catalog answer: the tenant as the application sees it, and where its data lives.</summary>
internal sealed record TenantEntry(TenantInfo Info, TenantRoute Route);
