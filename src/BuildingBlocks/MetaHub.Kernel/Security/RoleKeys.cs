namespace MetaHub.Kernel.Security;

/// <summary>
/// How a module's roles name a company role: a system role by its lower-case name (<c>owner</c>,
/// <c>admin</c>, <c>manager</c>, <c>employee</c>, <c>intern</c>), a custom role by its name.
/// </summary>
public static class RoleKeys
{
    public static IReadOnlyList<string> System { get; } = ["owner", "admin", "manager", "employee", "intern"];

    public static string For(SystemRoles systemRole, string name) =>
        systemRole == SystemRoles.None ? name : systemRole.ToString().ToLowerInvariant();
}
