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
    private static readonly TicketCookie TwoFactorTicket = new(".MetaHub.TwoFactor", "/account");

    public static void KeepTicket(HttpContext http, string ticket) => TwoFactorTicket.Keep(http, ticket);

    public static string? Ticket(HttpContext http) => TwoFactorTicket.Read(http);

    public static async Task CompleteAsync(HttpContext http, User user, CancellationToken cancellationToken)
    {
        TwoFactorTicket.Delete(http);
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
