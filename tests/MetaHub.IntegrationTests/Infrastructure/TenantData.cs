using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using MetaHub.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The database owner's connection: what someone with direct database access would use.</summary>
    internal static async Task<string> OwnerConnectionStringAsync(this MetaHubFactory factory, Tenant tenant)
    {
        await using var catalog = await factory.CatalogAsync();
        var database = await catalog.TenantDatabases.SingleAsync(d => d.Id == tenant.DatabaseId);
        return factory.Services.GetRequiredService<TenantConnections>().GetOwnerConnectionString(database);
    }

    internal static async Task<string> AppConnectionStringAsync(this MetaHubFactory factory, Tenant tenant)
    {
        var entry = await factory.Services.GetRequiredService<TenantDirectory>().LoadBySlugAsync(tenant.Slug, CancellationToken.None);
        return entry!.Route.ConnectionString;
    }
}
