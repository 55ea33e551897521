using System.Linq.Expressions;
using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
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
    private static readonly Expression<Func<LoginAttempt, LoginAttemptResponse>> ToResponse = a => new LoginAttemptResponse(
        a.Id, a.UserId, a.Email, a.IpAddress, a.UserAgent, a.Status.ToString(), a.TwoFactorMethod.ToString(), a.CreatedAt);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/auth/login-history", Own).RequireAuthorization()
            .WithTags("Auth").WithName("GetOwnLoginHistory").WithSummary("The signed-in user's sign-in attempts, newest first.");
        endpoints.MapGet("/api/v1/login-history", Members).RequirePermission(AccessPermissions.UsersManage)
            .WithTags("Users").WithName("GetLoginHistory").WithSummary("Sign-in attempts of the active company's members, newest first.");
    }

    private static async Task<Ok<PagedResult<LoginAttemptResponse>>> Own(
        int? page, int? pageSize, ITenantDbContextFactory databases, ICurrentUser user, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        return TypedResults.Ok(await db.Set<LoginAttempt>()
            .Where(a => a.UserId == user.UserId)
            .OrderByDescending(a => a.CreatedAt)
            .Select(ToResponse)
            .ToPageAsync(page, pageSize, cancellationToken));
    }

    private static async Task<Ok<PagedResult<LoginAttemptResponse>>> Members(
        Guid? userId, LoginStatus? status, int? page, int? pageSize,
        ITenantDbContextFactory databases, ICurrentUser user, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var members = db.Set<Membership>().Where(m => m.CompanyId == user.CompanyId).Select(m => (Guid?)m.UserId);
        var query = db.Set<LoginAttempt>().Where(a => members.Contains(a.UserId));
        if (userId is { } id)
        {
            query = query.Where(a => a.UserId == id);
        }

        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        return TypedResults.Ok(await query.OrderByDescending(a => a.CreatedAt).Select(ToResponse).ToPageAsync(page, pageSize, cancellationToken));
    }
}
