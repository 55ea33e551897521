using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.Onboarding;

/// <summary>
/// Self-service onboarding (SPEC §3): sign-up and email verification, provisioning a tenant as a
/// durable job with live progress, the setup wizard and the subscription it creates. It joins
/// Tenancy (catalog, placement) and Access (the first company, roles and user), so it is the one
/// platform project that references both.
/// </summary>
public static class OnboardingServiceCollectionExtensions
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapOnboardingEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
