using MetaHub.Kernel.Data;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Jobs;
using MetaHub.Tenancy.Migrations;
using MetaHub.Tenancy.Placement;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MetaHub.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    /// <summary>Catalog, tenant resolution, placement and the tenant database for the given modules.</summary>
    public static IServiceCollection AddTenancy(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, IReadOnlyList<IModule> modules)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(o =>
            {
                o.DataDirectory = ResolveDataDirectory(configuration, environment);
                o.CatalogConnectionString = NullIfEmpty(configuration.GetConnectionString("Catalog")) ?? o.CatalogConnectionString;
                o.TenantsConnectionString = NullIfEmpty(configuration.GetConnectionString("Tenants")) ?? o.TenantsConnectionString;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<TenancyOptions>()
            .Bind(configuration.GetSection(TenancyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TenancyOptions>, TenancyOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new TenantModelConfiguration(modules));
        services.AddSingleton<FeatureFlagRegistry>();
        services.AddScoped<ModuleParts>();
        services.AddSingleton<CatalogChangeInterceptor>();
        services.AddDbContextFactory<CatalogDbContext>((sp, builder) =>
        {
            CatalogDbContextOptions.Configure(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
            builder.AddInterceptors(sp.GetRequiredService<CatalogChangeInterceptor>());
        });

        services.AddSingleton<TenantConnections>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<TenantResolver>();
        services.AddSingleton<TenantDatabaseProvisioner>();
        services.AddSingleton<TenantMigrationRunner>();
        services.AddSingleton<TenantProvisioner>();
        services.AddSingleton<TenantCredentialRotation>();
        services.AddSingleton<TenantScopes>();
        services.AddSingleton<TenantJobRunner>();
        services.AddSingleton<ITenantSecurityPolicyStore, CatalogSecurityPolicyStore>();

        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<IFeatureFlags, TenantFeatureFlags>();
        services.AddScoped<ITenantDbContextFactory, TenantDbContextFactory>();

        // For request-scoped consumers such as Identity's stores; Blazor components use the factory.
        services.AddScoped(sp => sp.GetRequiredService<ITenantDbContextFactory>().CreateDbContext());
        return services;
    }

    /// <summary>Resolves the tenant of each request; place after routing so endpoint metadata is known.</summary>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    /// <summary>Migrates the catalog and adds its missing reference data, then migrates every tenant database that is behind.</summary>
    public static async Task MigrateDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Directory.CreateDirectory(options.DataDirectory);
        var catalog = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await catalog.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await CatalogReferenceData.SeedAsync(db, cancellationToken);
        }

        await services.GetRequiredService<TenantMigrationRunner>().RunAsync(cancellationToken);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string ResolveDataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["MetaHub:DataDirectory"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, environment.ContentRootPath);
    }
}
