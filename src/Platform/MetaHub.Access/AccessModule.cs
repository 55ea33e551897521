using System.Threading.RateLimiting;
using MetaHub.Access.Auditing;
using MetaHub.Access.Authentication;
using MetaHub.Access.Authorization;
using MetaHub.Access.Data;
using MetaHub.Access.Domain;
using MetaHub.Access.Features.Account;
using MetaHub.Access.Features.Audit;
using MetaHub.Access.Features.Auth;
using MetaHub.Access.Features.Companies;
using MetaHub.Access.Features.Invitations;
using MetaHub.Access.Features.LoginHistory;
using MetaHub.Access.Features.Roles;
using MetaHub.Access.Features.SecurityPolicy;
using MetaHub.Access.Features.Users;
using MetaHub.Access.Identity;
using MetaHub.Access.Sessions;
using MetaHub.Access.SignIn;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.Access;

/// <summary>Companies, users, roles, sessions and audit of a tenant (SPEC §5).</summary>
public sealed class AccessModule : IModule
{
    /// <summary>Signs in with a module API key or a bearer token when the request carries one, else with the UI cookie.</summary>
    public const string AuthenticationScheme = "MetaHub";

    /// <summary>The module's code, which its endpoints carry for module API keys.</summary>
    public const string ModuleCode = "access";

    public string Code => ModuleCode;

    public IReadOnlyList<PermissionDefinition> Permissions => AccessPermissions.All;

    public IReadOnlyList<FeatureFlagDefinition> FeatureFlags => AccessFeatureFlags.All;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserStore<ProtectedUserStore>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<AuthOptions>>((tokens, auth) =>
            tokens.TokenLifespan = TimeSpan.FromMinutes(auth.Value.PasswordResetMinutes));

        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton(sp => new TwoFactorTickets(
            sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(TwoFactorTickets.TenantPurpose), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<ITenantInterceptor, AuditInterceptor>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<SessionValidator>();
        services.AddScoped<SessionService>();
        services.AddScoped<SignInService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<Passwords>();
        services.AddScoped<PasswordPolicy>();
        services.AddScoped<Profiles>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<MemberService>();
        services.AddScoped<IPeopleDirectory, Features.People.PeopleDirectory>();
        services.AddScoped<ICompanyCalendar, Features.Companies.CompanyCalendar>();
        services.AddScoped<ITenantLinks, TenantLinks>();
        services.AddScoped<SecurityPolicyService>();
        services.AddScoped<LoginHistoryService>();
        services.AddScoped<AuditLogReader>();
        services.AddScoped<CompanyAdministration>();
        services.AddScoped<RoleAdministration>();

        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, TenantBoundBearer>();
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, SessionCookie>();
        services.AddAuthentication(AuthenticationScheme)
            .AddPolicyScheme(AuthenticationScheme, AuthenticationScheme, o =>
                o.ForwardDefaultSelector = BearerOrCookie.Selector(ModuleApiKeyAuthentication.SchemeName, JwtBearerDefaults.AuthenticationScheme, SessionCookie.Scheme))
            .AddJwtBearer()
            .AddCookie()
            .AddScheme<AuthenticationSchemeOptions, ModuleApiKeyAuthentication>(ModuleApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<IAuthorizationHandler, ModuleApiKeyAuthorization>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessDeniedResultHandler>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AuthEndpoints.SignInRateLimit, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SignInAttemptsPerMinute;
                var tenant = context.RequestServices.GetRequiredService<ITenantContext>().Tenant?.Slug;
                return RateLimitPartition.GetFixedWindowLimiter(
                    $"{tenant}|{context.Connection.RemoteIpAddress}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // A signed-in user's own session and account (/api/auth) belong to no module: no API key reaches them.
        AuthEndpoints.Map(endpoints);
        AccountEndpoints.Map(endpoints);
        LoginHistoryEndpoints.Map(endpoints);
        var module = endpoints.MapGroup("").ForModule(ModuleCode);
        AuditEndpoints.Map(module);
        RoleEndpoints.Map(module);
        CompanyEndpoints.Map(module);
        UserEndpoints.Map(module);
        InvitationEndpoints.Map(module);
        SecurityPolicyEndpoints.Map(module);
    }

    public void ConfigureTenantModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CompanyConfiguration());
        modelBuilder.ApplyConfiguration(new RoleConfiguration());
        modelBuilder.ApplyConfiguration(new MembershipConfiguration());
        modelBuilder.ApplyConfiguration(new UserSessionConfiguration());
        modelBuilder.ApplyConfiguration(new LoginAttemptConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new InvitationConfiguration());
        IdentityConfiguration.Configure(modelBuilder);
    }
}
