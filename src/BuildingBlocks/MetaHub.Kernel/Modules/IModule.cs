using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.Kernel.Modules;

/// <summary>
/// The one contract a module implements to plug into the host: its services, its tables in the
/// tenant database, its endpoints, its sidebar links and the components it lends to other pages
/// (its own pages are found by the router in its assembly) and its per-tenant background jobs. The
/// host lists modules once; nothing else is wired by hand. See docs/adding-a-module.md.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case module code, as used in subscriptions and <c>enabledModules</c>.</summary>
    string Code { get; }

    /// <summary>The permissions the module's endpoints and pages ask for, with the system roles that hold them.</summary>
    IReadOnlyList<PermissionDefinition> Permissions => [];

    /// <summary>The module's optional features that operators switch per tenant, with their defaults.</summary>
    IReadOnlyList<FeatureFlagDefinition> FeatureFlags => [];

    /// <summary>Background jobs the host runs on a schedule for each tenant that has the module (and the job's flag) on.</summary>
    IReadOnlyList<TenantJobDefinition> Jobs => [];

    /// <summary>The resources class of the module's texts (menu titles, component titles); null if it has none.</summary>
    Type? Resources => null;

    /// <summary>The module's sidebar links.</summary>
    IReadOnlyList<ModuleMenuEntry> Menu => [];

    /// <summary>Dashboard widgets and customer tabs the module adds to the host's pages.</summary>
    IReadOnlyList<ModuleComponent> Components => [];

    void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Adds the module's entity configurations to the one tenant model.</summary>
    void ConfigureTenantModel(ModelBuilder modelBuilder)
    {
    }

    /// <summary>
    /// Seeds what the module needs in a tenant that has just been given it (setup wizard), inside the
    /// setup's transaction. Tables exist already: a module is activated by data, never by schema.
    /// </summary>
    Task ActivateAsync(DbContext tenantDatabase, CancellationToken cancellationToken) => Task.CompletedTask;

    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
