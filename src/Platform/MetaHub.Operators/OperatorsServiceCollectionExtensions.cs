using MetaHub.Access.Authentication;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Security;
using MetaHub.Operators.Accounts;
using MetaHub.Operators.Auditing;
using MetaHub.Operators.Authentication;
using MetaHub.Operators.Features.Auth;
using MetaHub.Operators.Features.Tenants;
using MetaHub.Operators.Sessions;
using MetaHub.Operators.SignIn;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.Operators;

/// <summary>
/// Platform operators (SPEC §1): their accounts in the catalog, sign-in with a mandatory second
/// factor, their own tokens, cookie and policy (<see cref="PlatformPolicies.Operator"/>), and the
/// platform's audit log. Apart from every tenant: no tenant is resolved for their endpoints and
/// pages, and neither side's credentials open the other. It joins Tenancy (the catalog) and Access
/// (the sign-in building blocks it shares with tenant users).
/// </summary>
public static class OperatorsServiceCollectionExtensions
{
    public static IServiceCollection AddOperators(this IServiceCollection services)
    {
        services.AddOptions<OperatorSignInOptions>();
        services.AddSingleton<IPasswordHasher<PlatformOperator>, PasswordHasher<PlatformOperator>>();
        services.AddScoped<CurrentOperator>();
        services.AddScoped<ICurrentOperator>(sp => sp.GetRequiredService<CurrentOperator>());
        services.AddScoped<OperatorValidator>();
        services.AddScoped<OperatorSessions>();
        services.AddScoped<OperatorSignIn>();
        services.AddScoped<OperatorAccounts>();
        services.AddScoped<IPlatformAuditLog, PlatformAuditLog>();
        services.AddScoped<TenantOverview>();

        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, OperatorBearer>();
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, OperatorCookie>();
        services.AddAuthentication()
            .AddPolicyScheme(PlatformAuthentication.Scheme, PlatformAuthentication.Scheme, o =>
                o.ForwardDefaultSelector = BearerOrCookie.Selector(PlatformAuthentication.BearerScheme, PlatformAuthentication.CookieScheme))
            .AddJwtBearer(PlatformAuthentication.BearerScheme)
            .AddCookie(PlatformAuthentication.CookieScheme);
        services.AddScoped<IAuthorizationHandler, ActiveOperatorHandler>();
        services.AddAuthorizationBuilder().AddPolicy(PlatformPolicies.Operator, policy => policy
            .AddAuthenticationSchemes(PlatformAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new ActiveOperatorRequirement()));
        return services;
    }

    /// <summary>Maps <c>/api/platform/...</c>, where no tenant is resolved.</summary>
    public static IEndpointRouteBuilder MapOperatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var platform = endpoints.MapGroup("/api/platform").WithMetadata(new TenantNotRequiredAttribute());
        OperatorAuthEndpoints.Map(platform);
        TenantEndpoints.Map(platform);
        return endpoints;
    }
}
