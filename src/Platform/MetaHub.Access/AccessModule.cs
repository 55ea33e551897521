using MetaHub.Access.Authentication;
using MetaHub.Access.Data;
using MetaHub.Access.Domain;
using MetaHub.Access.Features.CurrentUser;
using MetaHub.Access.Identity;
using MetaHub.Kernel.Modules;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.Access;

/// <summary>Companies, users, roles and audit of a tenant (SPEC §5).</summary>
public sealed class AccessModule : IModule
{
    public string Code => "access";

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
            .AddDefaultTokenProviders();

        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, TenantBoundBearer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorization();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CurrentUserEndpoint.Map(endpoints);

    public void ConfigureTenantModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CompanyConfiguration());
        IdentityConfiguration.Configure(modelBuilder);
    }
}
