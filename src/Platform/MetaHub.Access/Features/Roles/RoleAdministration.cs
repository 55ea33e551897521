using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Roles;

/// <summary>
/// The active company's roles — the five system roles, read-only, and custom roles to create,
/// edit and delete while no one holds them — and the permission registry, for the API and the
/// roles page alike.
/// </summary>
internal sealed class RoleAdministration(
    ITenantDbContextFactory databases,
    ICurrentUser user,
    PermissionRegistry registry,
    IStringLocalizer<AccessResources> localizer,
    TimeProvider time)
{
    public List<PermissionResponse> Permissions() =>
        registry.All
            .Select(p => new PermissionResponse(
                p.Code, p.Module, p.ReadOnly, [.. PermissionRegistry.SystemRoleValues.Where(p.IsGrantedTo).Select(r => r.ToString())]))
            .ToList();

    public async Task<List<RoleResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var rows = await db.Set<Role>()
            .Where(r => r.CompanyId == user.CompanyId)
            .Select(r => new { Role = r, Members = db.Set<Membership>().Count(m => m.RoleId == r.Id) })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Role.IsSystem ? (int)r.Role.SystemRole : int.MaxValue)
            .ThenBy(r => r.Role.Name, StringComparer.CurrentCulture)
            .Select(r => ToResponse(r.Role, r.Members))
            .ToList();
    }

    public async Task<RoleResponse> CreateAsync(RoleRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        if (await ValidateAsync(request, null, db, cancellationToken) is { } errors)
        {
            throw new ValidationException(errors);
        }

        var role = new Role
        {
            CompanyId = user.CompanyId ?? throw new ConflictException(localizer["roles.pickCompany"]),
            Name = request.Name!.Trim(),
            Description = request.Description?.Trim(),
            Permissions = [.. request.Permissions!.Distinct(StringComparer.Ordinal)],
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(role, 0);
    }

    public async Task<RoleResponse> UpdateAsync(Guid id, RoleRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var role = await FindCustomAsync(db, id, cancellationToken);

        if (await ValidateAsync(request, id, db, cancellationToken) is { } errors)
        {
            throw new ValidationException(errors);
        }

        role.Name = request.Name!.Trim();
        role.Description = request.Description?.Trim();
        role.Permissions = [.. request.Permissions!.Distinct(StringComparer.Ordinal)];
        await db.SaveChangesAsync(cancellationToken);
        var members = await db.Set<Membership>().CountAsync(m => m.RoleId == id, cancellationToken);
        return ToResponse(role, members);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var role = await FindCustomAsync(db, id, cancellationToken);
        var members = await db.Set<Membership>().CountAsync(m => m.RoleId == id, cancellationToken);
        if (members > 0)
        {
            throw new ConflictException(localizer["roles.inUse", members]);
        }

        db.Remove(role);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A role of the active company that may be changed: system roles are fixed.</summary>
    private async Task<Role> FindCustomAsync(TenantDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id && r.CompanyId == user.CompanyId, cancellationToken)
            ?? throw new NotFoundException(localizer["roles.notFound"]);
        return role.IsSystem ? throw new ConflictException(localizer["roles.systemReadOnly"]) : role;
    }

    private async Task<Dictionary<string, string[]>?> ValidateAsync(RoleRequest request, Guid? id, TenantDbContext db, CancellationToken cancellationToken)
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

    private RoleResponse ToResponse(Role role, int members) => new(
        role.Id,
        role.Name,
        role.Description,
        role.IsSystem ? role.SystemRole.ToString() : null,
        [.. registry.Resolve(role.SystemRole, role.Permissions).Order(StringComparer.Ordinal)],
        members);
}
