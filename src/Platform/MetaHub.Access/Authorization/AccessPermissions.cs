using MetaHub.Kernel.Security;
using static MetaHub.Kernel.Security.SystemRoles;

namespace MetaHub.Access.Authorization;

/// <summary>The access module's own permissions: settings, users, roles and the audit log.</summary>
public static class AccessPermissions
{
    public const string SettingsView = "settings.view";
    public const string SettingsEdit = "settings.edit";
    public const string UsersManage = "users.manage";
    public const string RolesManage = "roles.manage";
    public const string AuditView = "audit.view";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(SettingsView, Owner | Admin, ReadOnly: true),
        new(SettingsEdit, Owner | Admin),
        new(UsersManage, Owner | Admin),
        new(RolesManage, Owner | Admin),
        new(AuditView, Owner | Admin, ReadOnly: true),
    ];
}
