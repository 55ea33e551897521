using MetaHub.Kernel.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// Service scopes bound to a tenant outside any request — for seeding and background jobs —
/// as the resolution middleware binds a request's scope. Unlike a request, the tenant's status is
/// not checked: provisioning seeds a tenant before it becomes active. Jobs check it themselves.
/// </summary>
internal sealed class TenantScopes(IServiceScopeFactory scopes, TenantDirectory directory)
{
    public async Task<AsyncServiceScope> CreateAsync(string slug, Func<Guid, DataScope>? dataScope, CancellationToken cancellationToken)
    {
        var entry = await directory.LoadBySlugAsync(slug, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant '{slug}' is not in the catalog.");
        var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.Set(entry);
        if (dataScope is not null)
        {
            context.UseScope(dataScope(entry.Info.Id));
        }

        return scope;
    }
}
