using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.Kernel.Modules;

/// <summary>
/// The one contract a module implements to plug into the host: its services, its tables in the
/// tenant database and its endpoints. The host lists modules once; nothing else is wired by hand.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case module code, as used in subscriptions and <c>enabledModules</c>.</summary>
    string Code { get; }

    /// <summary>The permissions the module's endpoints and pages ask for, with the system roles that hold them.</summary>
    IReadOnlyList<PermissionDefinition> Permissions => [];

    /// <summary>The module's optional features that operators switch per tenant, with their defaults.</summary>
    IReadOnlyList<FeatureFlagDefinition> FeatureFlags => [];

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
