using System.Security.Claims;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MetaHub.Web.Infrastructure;

/// <summary>
/// A Blazor circuit has its own service scope. It is created inside the request that opened the
/// circuit, whose tenant the resolution middleware already set; this copies that tenant into the
/// circuit's <see cref="TenantContext"/> before any component renders. Every later event of the
/// circuit runs with the tenant on its log lines, and is refused once the tenant is no longer
/// active (the directory answers from memory; after a change, one catalog read refreshes it) and
/// works with the tenant's newest cached answer, so a changed module shows on the next navigation.
/// </summary>
internal sealed class TenantCircuitHandler : CircuitHandler
{
    private static readonly TimeSpan SessionRecheck = TimeSpan.FromSeconds(30);

    private readonly TenantContext tenantContext;
    private readonly TenantDirectory directory;
    private readonly SessionValidator sessions;
    private readonly TimeProvider time;
    private readonly ILogger<TenantCircuitHandler> logger;
    private readonly ClaimsPrincipal? user;
    private readonly ClientInfo? client;
    private DateTimeOffset sessionCheckedAt;

    public TenantCircuitHandler(
        TenantContext tenantContext,
        TenantDirectory directory,
        SessionValidator sessions,
        TimeProvider time,
        IHttpContextAccessor httpContextAccessor,
        ILogger<TenantCircuitHandler> logger)
    {
        this.tenantContext = tenantContext;
        this.directory = directory;
        this.sessions = sessions;
        this.time = time;
        this.logger = logger;
        var http = httpContextAccessor.HttpContext;
        if (tenantContext.Tenant is null && http?.Features.Get<TenantEntry>() is { } entry)
        {
            tenantContext.Set(entry);
        }

        if (http?.User.Identity?.IsAuthenticated == true)
        {
            user = http.User;
            client = ClientInfo.From(http);
        }
    }

    /// <summary>The signed-in user's company, permissions and audit identity, in the circuit's own scope.</summary>
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (user is not null && tenantContext.Tenant is not null)
        {
            await sessions.ValidateAsync(user, client!, cancellationToken);
            sessionCheckedAt = time.GetUtcNow();
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

            // The shell follows changes to the tenant's modules (order, sidebar, switches) on its next event.
            if (!ReferenceEquals(current, entry) && current.Info.Id == tenant.Id)
            {
                tenantContext.Refresh(current);
            }

            // A revoked session or removed membership ends the open UI as well, within seconds.
            if (user is not null && time.GetUtcNow() - sessionCheckedAt > SessionRecheck)
            {
                if (!await sessions.ValidateAsync(user, client!, CancellationToken.None))
                {
                    throw new InvalidOperationException("The session behind this circuit is closed; the circuit is closed.");
                }

                sessionCheckedAt = time.GetUtcNow();
            }

            using (logger.BeginScope(entry.LogScope))
            {
                await next(context);
            }
        };
}
