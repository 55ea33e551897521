using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>Opens a tenant's database the way a request does: resolve, scope, factory.</summary>
public static class TenantData
{
    public static async Task<TenantDbContext> OpenAsync(this MetaHubFactory factory, Tenant tenant, Func<Guid, DataScope>? scope = null)
    {
        var services = (await factory.ScopeAsync(tenant, scope)).ServiceProvider;
        return services.GetRequiredService<ITenantDbContextFactory>().CreateDbContext();
    }

    /// <summary>A service scope bound to the tenant, as a request to that tenant would have.</summary>
    public static async Task<AsyncServiceScope> ScopeAsync(this MetaHubFactory factory, Tenant tenant, Func<Guid, DataScope>? scope = null)
    {
        var serviceScope = factory.Services.CreateAsyncScope();
        var services = serviceScope.ServiceProvider;
        var entry = await services.GetRequiredService<TenantDirectory>().LoadBySlugAsync(tenant.Slug, CancellationToken.None)
            ?? throw new InvalidOperationException($"Tenant {tenant.Slug} is not in the catalog.");
        var context = services.GetRequiredService<TenantContext>();
        context.Set(entry);
        if (scope is not null)
        {
            context.UseScope(scope(tenant.Id));
        }

        return serviceScope;
    }

    internal static async Task<string> AppConnectionStringAsync(this MetaHubFactory factory, Tenant tenant)
    {
        var entry = await factory.Services.GetRequiredService<TenantDirectory>().LoadBySlugAsync(tenant.Slug, CancellationToken.None);
        return entry!.Route.ConnectionString;
    }
}
