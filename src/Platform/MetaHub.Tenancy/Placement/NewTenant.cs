using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Tenancy.Placement;

internal sealed record NewTenant(
    string Slug,
    string Name,
    TenantPlacement Placement,
    IReadOnlyList<string> EnabledModules,
    TenantBranding? Branding = null,
    string Server = TenantDatabase.DefaultServer);
