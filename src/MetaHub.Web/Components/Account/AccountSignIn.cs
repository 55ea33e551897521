using System.Security.Claims;
using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MetaHub.Web.Components.Account;

/// <summary>
/// The web UI's side of signing in: the second-factor ticket rides in a short-lived cookie between
/// the sign-in pages, and a finished sign-in becomes a browser session with the session cookie.
/// </summary>
internal static class AccountSignIn
{
    private const string TicketCookie = ".MetaHub.TwoFactor";

    public static void KeepTicket(HttpContext http, string ticket) =>
        http.Response.Cookies.Append(TicketCookie, ticket, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/account",
            MaxAge = TimeSpan.FromMinutes(5),
        });

    public static string? Ticket(HttpContext http) => http.Request.Cookies[TicketCookie];

    public static async Task CompleteAsync(HttpContext http, User user, CancellationToken cancellationToken)
    {
        http.Response.Cookies.Delete(TicketCookie, new CookieOptions { Path = "/account" });
        var sessions = http.RequestServices.GetRequiredService<SessionService>();
        var (session, _) = await sessions.OpenAsync(user, SessionKind.Browser, ClientInfo.From(http), cancellationToken);
        await IssueCookieAsync(http, user, session);
    }

    public static Task IssueCookieAsync(HttpContext http, User user, UserSession session)
    {
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>().Tenant!;
        var identity = new ClaimsIdentity(MetaHubClaims.For(user, tenant, session), CookieAuthenticationDefaults.AuthenticationScheme, "name", null);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>A local path to return to, never another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
