using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MetaHub.Web.Infrastructure;

/// <summary>
/// A Blazor circuit has its own service scope. It is created inside the request that opened the
/// circuit, whose tenant the resolution middleware already set; this copies that tenant into the
/// circuit's <see cref="TenantContext"/> before any component renders. Every later event of the
/// circuit runs with the tenant on its log lines, and is refused once the tenant is no longer
/// active (the directory answers from memory; after a change, one catalog read refreshes it).
/// </summary>
internal sealed class TenantCircuitHandler : CircuitHandler
{
    private readonly TenantContext tenantContext;
    private readonly TenantDirectory directory;
    private readonly ILogger<TenantCircuitHandler> logger;

    public TenantCircuitHandler(
        TenantContext tenantContext,
        TenantDirectory directory,
        IHttpContextAccessor httpContextAccessor,
        ILogger<TenantCircuitHandler> logger)
    {
        this.tenantContext = tenantContext;
        this.directory = directory;
        this.logger = logger;
        if (tenantContext.Tenant is null && httpContextAccessor.HttpContext?.Features.Get<TenantEntry>() is { } entry)
        {
            tenantContext.Set(entry);
        }
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (tenantContext.Entry is not { Info: var tenant } entry)
            {
                await next(context);
                return;
            }

            var current = directory.TryFindBySlug(tenant.Slug, out var cached)
                ? cached
                : await directory.LoadBySlugAsync(tenant.Slug, CancellationToken.None);
            if (current?.Info.Status != TenantStatus.Active)
            {
                throw new InvalidOperationException($"Tenant '{tenant.Slug}' is no longer active; the circuit is closed.");
            }

            using (logger.BeginScope(entry.LogScope))
            {
                await next(context);
            }
        };
}
