using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MetaHub.Web.Infrastructure;

/// <summary>
/// A Blazor circuit has its own service scope. It is created inside the request that opened the
/// circuit, whose tenant the resolution middleware already set; this copies that tenant into the
/// circuit's <see cref="TenantContext"/> before any component renders.
/// </summary>
internal sealed class TenantCircuitHandler : CircuitHandler
{
    public TenantCircuitHandler(TenantContext tenantContext, IHttpContextAccessor httpContextAccessor)
    {
        if (tenantContext.Tenant is null && httpContextAccessor.HttpContext?.Features.Get<TenantEntry>() is { } entry)
        {
            tenantContext.Set(entry);
        }
    }
}
