using MetaHub.Kernel.Security;
using MetaHub.Subscriptions.ApiKeys;
using MetaHub.Subscriptions.Modules;
using MetaHub.Subscriptions.TenantSettings;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.Subscriptions;

/// <summary>Module management (SPEC §4): tenants' module metas and settings and the operator's operations on them, and the tenant admin's own settings.</summary>
public static class SubscriptionsServiceCollectionExtensions
{
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddScoped<ModuleManagement>();
        services.AddScoped<ModuleQueries>();
        services.AddScoped<ModuleApiKeys>();
        services.AddScoped<IModuleApiKeyStore, ModuleApiKeyStore>();
        services.AddScoped<TenantModuleSettings>();
        services.AddScoped<ModuleFlags>();
        services.AddScoped<ModuleTransfer>();
        return services;
    }

    public static IEndpointRouteBuilder MapSubscriptionsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        PlatformModuleEndpoints.Map(endpoints);
        PlatformApiKeyEndpoints.Map(endpoints);
        TenantModuleEndpoints.Map(endpoints);
        return endpoints;
    }
}
