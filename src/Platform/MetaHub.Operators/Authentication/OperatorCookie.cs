using MetaHub.Access.Authentication;
using MetaHub.Operators.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.Operators.Authentication;

/// <summary>
/// The operators' browser cookie: its own name, sent only to <c>/platform</c> and only from the
/// platform's own pages, and checked against its session on every request like a tenant's cookie.
/// </summary>
internal sealed class OperatorCookie : IConfigureNamedOptions<CookieAuthenticationOptions>
{
    public const string CookieName = ".MetaHub.Platform";

    public void Configure(string? name, CookieAuthenticationOptions options)
    {
        if (name != PlatformAuthentication.CookieScheme)
        {
            return;
        }

        options.Cookie.Name = CookieName;
        options.Cookie.Path = PlatformAuthentication.AreaPath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = PlatformAuthentication.LoginPath;
        options.AccessDeniedPath = PlatformAuthentication.AreaPath;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = async context =>
            {
                var validator = context.HttpContext.RequestServices.GetRequiredService<OperatorValidator>();
                if (context.Principal is null || !await validator.ValidateAsync(context.Principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(PlatformAuthentication.CookieScheme);
                }
            },
            OnRedirectToLogin = context => SessionCookie.ApiAware(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => SessionCookie.ApiAware(context, StatusCodes.Status403Forbidden),
        };
    }

    public void Configure(CookieAuthenticationOptions options) => Configure(PlatformAuthentication.CookieScheme, options);
}
