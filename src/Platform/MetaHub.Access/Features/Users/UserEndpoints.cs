using MetaHub.Access.Authorization;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Access.Features.Users;

/// <summary>
/// <c>/api/v1/users</c>: the active company's members — their role there, removal from the
/// company, and deactivating a person altogether. The rules live in <see cref="MemberService"/>.
/// </summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/v1/users").WithTags("Users").RequirePermission(AccessPermissions.UsersManage);
        users.MapGet("", List).WithName("ListMembers")
            .WithSummary("The active company's members with their roles; search by name or email, sort by name, email, role, lastLoginAt or joinedAt (prefix - for descending).");
        users.MapPut("/{id:guid}/membership", ChangeMembership).WithName("ChangeMembership").WithSummary("Gives a member another role of the company.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        users.MapDelete("/{id:guid}/membership", RemoveMembership).WithName("RemoveMembership").WithSummary("Removes a member from the active company.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/deactivate", Deactivate).WithName("DeactivateUser").WithSummary("Stops a member from signing in and closes their sessions.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/activate", Activate).WithName("ActivateUser").WithSummary("Lets a deactivated member sign in again.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PagedResult<MemberResponse>>> List(
        string? search, string? sort, int? page, int? pageSize, MemberService members, CancellationToken cancellationToken) =>
        TypedResults.Ok(await members.ListAsync(new MemberListQuery(search, sort, page, pageSize), cancellationToken));

    private static async Task<NoContent> ChangeMembership(Guid id, MembershipRequest request, MemberService members, CancellationToken cancellationToken)
    {
        await members.ChangeMembershipAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveMembership(Guid id, MemberService members, CancellationToken cancellationToken)
    {
        await members.RemoveMembershipAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Deactivate(Guid id, MemberService members, CancellationToken cancellationToken)
    {
        await members.SetActiveAsync(id, false, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Activate(Guid id, MemberService members, CancellationToken cancellationToken)
    {
        await members.SetActiveAsync(id, true, cancellationToken);
        return TypedResults.NoContent();
    }
}
