using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Access.Features.LoginHistory;

/// <summary>
/// The login history: a user's own (<c>GET /api/auth/login-history</c>), and for user managers
/// that of the active company's members (<c>GET /api/v1/login-history</c>).
/// </summary>
internal static class LoginHistoryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/auth/login-history", Own).RequireAuthorization()
            .WithTags("Auth").WithName("GetOwnLoginHistory").WithSummary("The signed-in user's sign-in attempts, newest first.");
        endpoints.MapGet("/api/v1/login-history", Members).RequirePermission(AccessPermissions.UsersManage).ForModule(AccessModule.ModuleCode)
            .WithTags("Users").WithName("GetLoginHistory").WithSummary("Sign-in attempts of the active company's members, newest first.");
    }

    private static async Task<Ok<PagedResult<LoginAttemptResponse>>> Own(
        int? page, int? pageSize, LoginHistoryService history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.OwnAsync(page, pageSize, cancellationToken));

    private static async Task<Ok<PagedResult<LoginAttemptResponse>>> Members(
        Guid? userId, LoginStatus? status, int? page, int? pageSize, LoginHistoryService history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.MembersAsync(userId, status, page, pageSize, cancellationToken));
}
