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
        roles.MapPost("", Create).WithName("CreateRole").WithSummary("Creates a custom role in the active company.")
            .ProducesValidationProblem();
        roles.MapPut("/{id:guid}", Update).WithName("UpdateRole").WithSummary("Renames a custom role or changes its permissions.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        roles.MapDelete("/{id:guid}", Delete).WithName("DeleteRole").WithSummary("Deletes a custom role no member holds.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Ok<List<PermissionResponse>> Permissions(RoleAdministration roles) => TypedResults.Ok(roles.Permissions());

    private static async Task<Ok<List<RoleResponse>>> List(RoleAdministration roles, CancellationToken cancellationToken) =>
        TypedResults.Ok(await roles.ListAsync(cancellationToken));

    private static async Task<Created<RoleResponse>> Create(RoleRequest request, RoleAdministration roles, CancellationToken cancellationToken)
    {
        var role = await roles.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/roles/{role.Id}", role);
    }

    private static async Task<Ok<RoleResponse>> Update(Guid id, RoleRequest request, RoleAdministration roles, CancellationToken cancellationToken) =>
        TypedResults.Ok(await roles.UpdateAsync(id, request, cancellationToken));

    private static async Task<NoContent> Delete(Guid id, RoleAdministration roles, CancellationToken cancellationToken)
    {
        await roles.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }
}
