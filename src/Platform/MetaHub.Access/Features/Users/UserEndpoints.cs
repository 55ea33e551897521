using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Users;

/// <summary>
/// <c>/api/v1/users</c>: the active company's members — their role there, removal from the
/// company, and deactivating a person altogether (which signs out every device of theirs).
/// </summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/v1/users").WithTags("Users").RequirePermission(AccessPermissions.UsersManage);
        users.MapGet("", List).WithName("ListMembers").WithSummary("The active company's members with their roles.");
        users.MapPut("/{id:guid}/membership", ChangeMembership).WithName("ChangeMembership").WithSummary("Gives a member another role of the company.");
        users.MapDelete("/{id:guid}/membership", RemoveMembership).WithName("RemoveMembership").WithSummary("Removes a member from the active company.");
        users.MapPost("/{id:guid}/deactivate", Deactivate).WithName("DeactivateUser").WithSummary("Stops a member from signing in and closes their sessions.");
        users.MapPost("/{id:guid}/activate", Activate).WithName("ActivateUser").WithSummary("Lets a deactivated member sign in again.");
    }

    private static async Task<Ok<List<MemberResponse>>> List(ITenantDbContextFactory databases, ICurrentUser user, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var members = await db.Set<Membership>()
            .Where(m => m.CompanyId == user.CompanyId)
            .Join(db.Set<User>(), m => m.UserId, u => u.Id, (m, u) => new { Membership = m, User = u })
            .OrderBy(x => x.User.FirstName).ThenBy(x => x.User.LastName)
            .Select(x => new MemberResponse(
                x.User.Id, x.User.Email!, x.User.FirstName, x.User.LastName, x.User.IsActive, x.User.TwoFactorEnabled, x.User.LastLoginAt,
                x.Membership.RoleId, x.Membership.Role.Name, x.Membership.IsOwner, x.Membership.JoinedAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(members);
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ChangeMembership(
        Guid id, MembershipRequest request, ITenantDbContextFactory databases, ICurrentUser user,
        IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var membership = await db.Set<Membership>().FirstOrDefaultAsync(m => m.UserId == id && m.CompanyId == user.CompanyId, cancellationToken);
        if (membership is null)
        {
            return TypedResults.NotFound();
        }

        if (!await db.Set<Role>().AnyAsync(r => r.Id == request.RoleId && r.CompanyId == user.CompanyId, cancellationToken))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["roleId"] = [localizer["users.roleNotInCompany"]] },
                title: localizer["validation.title"]);
        }

        if (membership.IsOwner && !request.IsOwner && await IsLastOwnerAsync(db, membership, cancellationToken))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["isOwner"] = [localizer["users.lastOwner"]] },
                title: localizer["validation.title"]);
        }

        membership.RoleId = request.RoleId;
        membership.IsOwner = request.IsOwner;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveMembership(
        Guid id, ITenantDbContextFactory databases, ICurrentUser user,
        IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var membership = await db.Set<Membership>().FirstOrDefaultAsync(m => m.UserId == id && m.CompanyId == user.CompanyId, cancellationToken);
        if (membership is null)
        {
            return TypedResults.NotFound();
        }

        if (id == user.UserId || (membership.IsOwner && await IsLastOwnerAsync(db, membership, cancellationToken)))
        {
            return TypedResults.Problem(localizer[id == user.UserId ? "users.notYourself" : "users.lastOwner"], statusCode: StatusCodes.Status409Conflict);
        }

        db.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> Deactivate(
        Guid id, ITenantDbContextFactory databases, ICurrentUser user, TimeProvider time,
        IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken) =>
        SetActiveAsync(id, false, databases, user, time, localizer, cancellationToken);

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> Activate(
        Guid id, ITenantDbContextFactory databases, ICurrentUser user, TimeProvider time,
        IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken) =>
        SetActiveAsync(id, true, databases, user, time, localizer, cancellationToken);

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> SetActiveAsync(
        Guid id, bool active, ITenantDbContextFactory databases, ICurrentUser user, TimeProvider time,
        IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var member = await db.Set<User>()
            .Where(u => u.Id == id && db.Set<Membership>().Any(m => m.UserId == u.Id && m.CompanyId == user.CompanyId))
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        if (id == user.UserId)
        {
            return TypedResults.Problem(localizer["users.notYourself"], statusCode: StatusCodes.Status409Conflict);
        }

        member.IsActive = active;
        if (!active)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await foreach (var session in db.Set<UserSession>().Where(s => s.UserId == id && s.RevokedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                session.RevokedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<bool> IsLastOwnerAsync(TenantDbContext db, Membership membership, CancellationToken cancellationToken) =>
        db.Set<Membership>().AllAsync(m => m.CompanyId != membership.CompanyId || !m.IsOwner || m.Id == membership.Id, cancellationToken);
}
