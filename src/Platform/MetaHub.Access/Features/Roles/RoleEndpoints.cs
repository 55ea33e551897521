using MetaHub.Access.Authorization;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Access.Features.Roles;

/// <summary><c>/api/v1/roles</c> and <c>/api/v1/permissions</c>; the rules live in <see cref="RoleAdministration"/>.</summary>
internal static class RoleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/permissions", Permissions)
            .WithTags("Roles").RequirePermission(AccessPermissions.RolesManage)
            .WithName("ListPermissions").WithSummary("Every permission the modules contribute, with the system roles that hold it.");

        var roles = endpoints.MapGroup("/api/v1/roles").WithTags("Roles").RequirePermission(AccessPermissions.RolesManage);
        roles.MapGet("", List).WithName("ListRoles").WithSummary("The active company's roles with their permissions and member counts.");
        roles.MapPost("", Create).WithName("CreateRole").WithSummary("Creates a custom role in the active company.");
        roles.MapPut("/{id:guid}", Update).WithName("UpdateRole").WithSummary("Renames a custom role or changes its permissions.");
        roles.MapDelete("/{id:guid}", Delete).WithName("DeleteRole").WithSummary("Deletes a custom role no member holds.");
    }

    private static Ok<List<PermissionResponse>> Permissions(RoleAdministration roles) => TypedResults.Ok(roles.Permissions());

    private static async Task<Ok<List<RoleResponse>>> List(RoleAdministration roles, CancellationToken cancellationToken) =>
        TypedResults.Ok(await roles.ListAsync(cancellationToken));

    private static async Task<Results<Created<RoleResponse>, ValidationProblem>> Create(
        RoleRequest request, RoleAdministration roles, CancellationToken cancellationToken)
    {
        var outcome = await roles.CreateAsync(request, cancellationToken);
        return outcome.Status == OutcomeStatus.Done
            ? TypedResults.Created($"/api/v1/roles/{outcome.Value!.Id}", outcome.Value)
            : TypedResults.ValidationProblem(outcome.Errors!, title: roles.ValidationTitle);
    }

    private static async Task<Results<Ok<RoleResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        Guid id, RoleRequest request, RoleAdministration roles, CancellationToken cancellationToken)
    {
        var outcome = await roles.UpdateAsync(id, request, cancellationToken);
        return outcome.Status switch
        {
            OutcomeStatus.Done => TypedResults.Ok(outcome.Value!),
            OutcomeStatus.NotFound => TypedResults.NotFound(),
            OutcomeStatus.Invalid => TypedResults.ValidationProblem(outcome.Errors!, title: roles.ValidationTitle),
            _ => TypedResults.Problem(outcome.Detail, statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(Guid id, RoleAdministration roles, CancellationToken cancellationToken)
    {
        var outcome = await roles.DeleteAsync(id, cancellationToken);
        return outcome.Status switch
        {
            OutcomeStatus.Done => TypedResults.NoContent(),
            OutcomeStatus.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Problem(outcome.Detail, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
