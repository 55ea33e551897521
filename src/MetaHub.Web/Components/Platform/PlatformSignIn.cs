using System.Security.Claims;
using MetaHub.Access.Sessions;
using MetaHub.Operators.Authentication;
using MetaHub.Operators.Sessions;
using MetaHub.Tenancy.Catalog;
using MetaHub.Web.Components.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MetaHub.Web.Components.Platform;

/// <summary>
/// The <c>/platform</c> pages' side of an operator's sign-in: the second-factor ticket rides in a
/// cookie of its own between the sign-in pages, and a finished sign-in becomes a browser session
/// with the operator cookie — never the tenants' cookie.
/// </summary>
internal static class PlatformSignIn
{
    private static readonly TicketCookie TwoFactorTicket = new(".MetaHub.Platform.TwoFactor", PlatformAuthentication.LoginPath);

    public static void KeepTicket(HttpContext http, string ticket) => TwoFactorTicket.Keep(http, ticket);

    public static string? Ticket(HttpContext http) => TwoFactorTicket.Read(http);

    public static async Task CompleteAsync(HttpContext http, PlatformOperator account, CancellationToken cancellationToken)
    {
        TwoFactorTicket.Delete(http);
        var session = await http.RequestServices.GetRequiredService<OperatorSessions>().OpenBrowserAsync(account, ClientInfo.From(http), cancellationToken);
        var identity = new ClaimsIdentity(OperatorClaims.For(account, session), PlatformAuthentication.CookieScheme, JwtRegisteredClaimNames.Name, null);
        await http.SignInAsync(PlatformAuthentication.CookieScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>A page of the operators' area to return to; anything else (another site, a tenant's page) becomes the area's start.</summary>
    public static string SafeReturnUrl(string? returnUrl)
    {
        var local = AccountSignIn.SafeReturnUrl(returnUrl);
        var path = local.Split('?', '#')[0];
        return new PathString(path).StartsWithSegments(PlatformAuthentication.AreaPath, StringComparison.OrdinalIgnoreCase) ? local : PlatformAuthentication.AreaPath;
    }
}
