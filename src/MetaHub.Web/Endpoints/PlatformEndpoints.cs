using MetaHub.Access.Sessions;
using MetaHub.Kernel.Security;
using MetaHub.Operators.Authentication;
using MetaHub.Operators.Sessions;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace MetaHub.Web.Endpoints;

/// <summary>The operators' pages' form posts: sign out.</summary>
internal static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var platform = endpoints.MapGroup(PlatformAuthentication.AreaPath)
            .WithMetadata(new TenantNotRequiredAttribute(), new RequireAntiforgeryTokenAttribute())
            .RequirePlatformOperator()
            .ExcludeFromDescription();
        platform.MapPost("/logout", Logout);
    }

    private static async Task<IResult> Logout(HttpContext http, OperatorSessions sessions, CurrentOperator current, CancellationToken cancellationToken)
    {
        await sessions.RevokeAsync(current.OperatorId!.Value, current.SessionId!.Value, ClientInfo.From(http), cancellationToken);
        await http.SignOutAsync(PlatformAuthentication.CookieScheme);
        return Results.Redirect(PlatformAuthentication.LoginPath);
    }
}
