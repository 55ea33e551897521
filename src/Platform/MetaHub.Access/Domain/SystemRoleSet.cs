using MetaHub.Access.Authorization;

namespace MetaHub.Access.Domain;

/// <summary>The five system roles every company gets when it is created.</summary>
public static class SystemRoleSet
{
    public static IReadOnlyList<Role> For(Company company, DateTime now) =>
    [
        .. PermissionRegistry.SystemRoleValues.Select(role => new Role
        {
            TenantId = company.TenantId,
            CompanyId = company.Id,
            Name = role.ToString(),
            SystemRole = role,
            CreatedAt = now,
        }),
    ];
}
