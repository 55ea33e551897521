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
    public static Task<AsyncServiceScope> ScopeAsync(this MetaHubFactory factory, Tenant tenant, Func<Guid, DataScope>? scope = null) =>
        factory.Services.GetRequiredService<TenantScopes>().CreateAsync(tenant.Slug, scope, CancellationToken.None);

    internal static async Task<string> AppConnectionStringAsync(this MetaHubFactory factory, Tenant tenant)
    {
        var entry = await factory.Services.GetRequiredService<TenantDirectory>().LoadBySlugAsync(tenant.Slug, CancellationToken.None);
        return entry!.Route.ConnectionString;
    }
}
