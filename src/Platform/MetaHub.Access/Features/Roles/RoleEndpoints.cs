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

namespace MetaHub.Access.Features.Roles;

/// <summary>
/// <c>/api/v1/roles</c>: the active company's roles — the five system roles, read-only, and
/// custom roles to create, edit and delete while no one holds them — and the permission registry.
/// </summary>
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

    private static Ok<List<PermissionResponse>> Permissions(PermissionRegistry registry) =>
        TypedResults.Ok(registry.All
            .Select(p => new PermissionResponse(
                p.Code, p.Module, p.ReadOnly, [.. PermissionRegistry.SystemRoleValues.Where(p.IsGrantedTo).Select(r => r.ToString())]))
            .ToList());

    private static async Task<Ok<List<RoleResponse>>> List(
        ITenantDbContextFactory databases, ICurrentUser user, PermissionRegistry registry, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var rows = await db.Set<Role>()
            .Where(r => r.CompanyId == user.CompanyId)
            .Select(r => new { Role = r, Members = db.Set<Membership>().Count(m => m.RoleId == r.Id) })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows
            .OrderBy(r => r.Role.IsSystem ? (int)r.Role.SystemRole : int.MaxValue)
            .ThenBy(r => r.Role.Name, StringComparer.CurrentCulture)
            .Select(r => ToResponse(r.Role, r.Members, registry))
            .ToList());
    }

    private static async Task<Results<Created<RoleResponse>, ValidationProblem>> Create(
        RoleRequest request, ITenantDbContextFactory databases, ICurrentUser user, PermissionRegistry registry,
        IStringLocalizer<AccessResources> localizer, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        if (await ValidateAsync(request, null, db, user, registry, localizer, cancellationToken) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: localizer["validation.title"]);
        }

        var role = new Role
        {
            CompanyId = user.CompanyId!.Value,
            Name = request.Name!.Trim(),
            Description = request.Description?.Trim(),
            Permissions = [.. request.Permissions!.Distinct(StringComparer.Ordinal)],
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/roles/{role.Id}", ToResponse(role, 0, registry));
    }

    private static async Task<Results<Ok<RoleResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        Guid id, RoleRequest request, ITenantDbContextFactory databases, ICurrentUser user, PermissionRegistry registry,
        IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id && r.CompanyId == user.CompanyId, cancellationToken);
        if (role is null)
        {
            return TypedResults.NotFound();
        }

        if (role.IsSystem)
        {
            return TypedResults.Problem(localizer["roles.systemReadOnly"], statusCode: StatusCodes.Status409Conflict);
        }

        if (await ValidateAsync(request, id, db, user, registry, localizer, cancellationToken) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: localizer["validation.title"]);
        }

        role.Name = request.Name!.Trim();
        role.Description = request.Description?.Trim();
        role.Permissions = [.. request.Permissions!.Distinct(StringComparer.Ordinal)];
        await db.SaveChangesAsync(cancellationToken);
        var members = await db.Set<Membership>().CountAsync(m => m.RoleId == id, cancellationToken);
        return TypedResults.Ok(ToResponse(role, members, registry));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(
        Guid id, ITenantDbContextFactory databases, ICurrentUser user, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id && r.CompanyId == user.CompanyId, cancellationToken);
        if (role is null)
        {
            return TypedResults.NotFound();
        }

        if (role.IsSystem)
        {
            return TypedResults.Problem(localizer["roles.systemReadOnly"], statusCode: StatusCodes.Status409Conflict);
        }

        var members = await db.Set<Membership>().CountAsync(m => m.RoleId == id, cancellationToken);
        if (members > 0)
        {
            return TypedResults.Problem(localizer["roles.inUse", members], statusCode: StatusCodes.Status409Conflict);
        }

        db.Remove(role);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Dictionary<string, string[]>?> ValidateAsync(
        RoleRequest request, Guid? id, TenantDbContext db, ICurrentUser user, PermissionRegistry registry,
        IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["name"] = [localizer["validation.required"]];
        }
        else if (name.Length > Role.NameMaxLength)
        {
            errors["name"] = [localizer["validation.maxLength", Role.NameMaxLength]];
        }
        else if (await db.Set<Role>().AnyAsync(r => r.CompanyId == user.CompanyId && r.Name == name && r.Id != id, cancellationToken))
        {
            errors["name"] = [localizer["roles.nameTaken", name]];
        }

        if ((request.Description?.Length ?? 0) > 500)
        {
            errors["description"] = [localizer["validation.maxLength", 500]];
        }

        var unknown = (request.Permissions ?? []).Where(p => !registry.Codes.Contains(p)).ToList();
        if (request.Permissions is null)
        {
            errors["permissions"] = [localizer["validation.required"]];
        }
        else if (unknown.Count > 0)
        {
            errors["permissions"] = [localizer["roles.unknownPermission", string.Join(", ", unknown)]];
        }

        return errors.Count == 0 ? null : errors;
    }

    private static RoleResponse ToResponse(Role role, int members, PermissionRegistry registry) => new(
        role.Id,
        role.Name,
        role.Description,
        role.IsSystem ? role.SystemRole.ToString() : null,
        [.. registry.Resolve(role.SystemRole, role.Permissions).Order(StringComparer.Ordinal)],
        members);
}
