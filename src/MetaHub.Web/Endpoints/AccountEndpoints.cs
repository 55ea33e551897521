using MetaHub.Access.Sessions;
using MetaHub.Kernel.Auditing;
using MetaHub.Web.Components.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace MetaHub.Web.Endpoints;

/// <summary>The web UI's form posts: switch company (picker and header), sign out.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").RequireAuthorization().ExcludeFromDescription();
        account.MapPost("/switch", Switch);
        account.MapPost("/logout", Logout);
    }

    private static async Task<IResult> Switch(
        [FromForm] Guid? companyId, [FromForm] bool? group, [FromForm] string? returnUrl,
        HttpContext http, SessionService sessions, CurrentUser user, CancellationToken cancellationToken)
    {
        var switched = await sessions.SwitchAsync(user.UserId!.Value, user.SessionId!.Value, companyId, group ?? false, cancellationToken);
        if (switched is not var (profile, session))
        {
            return Results.Redirect("/account/companies?refused=1");
        }

        await AccountSignIn.IssueCookieAsync(http, profile, session);
        return Results.Redirect(AccountSignIn.SafeReturnUrl(returnUrl));
    }

    private static async Task<IResult> Logout(HttpContext http, SessionService sessions, CurrentUser user, CancellationToken cancellationToken)
    {
        await sessions.RevokeAsync(user.UserId!.Value, user.SessionId!.Value, SecurityEvents.Logout, cancellationToken);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/account/login");
    }
}
