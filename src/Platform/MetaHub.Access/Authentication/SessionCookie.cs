using MetaHub.Access.Sessions;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Authentication;

/// <summary>
/// The web UI's cookie: it carries the same claims as an access token and is checked against its
/// session on every request, so revoking the session signs the browser out.
/// </summary>
internal sealed class SessionCookie : IConfigureNamedOptions<CookieAuthenticationOptions>
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string LoginPath = "/account/login";

    public void Configure(string? name, CookieAuthenticationOptions options)
    {
        if (name != Scheme)
        {
            return;
        }

        options.Cookie.Name = ".MetaHub.Session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = LoginPath;
        options.AccessDeniedPath = "/account/denied";
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = async context =>
            {
                // Tenant-less requests (static files, health) carry the cookie too: ignore it there
                // rather than signing the browser out.
                var services = context.HttpContext.RequestServices;
                if (services.GetRequiredService<ITenantContext>().Tenant is null)
                {
                    context.RejectPrincipal();
                    return;
                }

                var validator = services.GetRequiredService<SessionValidator>();
                if (context.Principal is null
                    || !await validator.ValidateAsync(context.Principal, ClientInfo.From(context.HttpContext), context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(Scheme);
                }
            },
            OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden),
        };
    }

    public void Configure(CookieAuthenticationOptions options) => Configure(Scheme, options);

    /// <summary>An API call without a valid cookie gets its status code; a page is sent to sign in (or to the refusal page).</summary>
    internal static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
