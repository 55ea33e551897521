using System.Threading.RateLimiting;
using MetaHub.Onboarding.Registration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddOptions<OnboardingOptions>().BindConfiguration(OnboardingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OnboardingOptions>, OnboardingOptionsValidator>();
        services.AddSingleton<VerificationMail>();
        services.AddScoped<SignUp>();
        services.AddScoped<EmailVerification>();
        services.AddScoped<CodeResend>();

        // Sign-up has no tenant to share a limit with: each client address gets its own.
        services.AddRateLimiter(options => options.AddPolicy(RegistrationEndpoints.RateLimit, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<OnboardingOptions>>().Value.RequestsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapOnboardingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        RegistrationEndpoints.Map(endpoints);
        return endpoints;
    }
}
