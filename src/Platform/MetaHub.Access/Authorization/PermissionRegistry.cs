using System.Collections.Frozen;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Authorization;

/// <summary>
/// Every permission the modules contribute, in module order, and what each system role holds.
/// Built once per process from the module list.
/// </summary>
public sealed class PermissionRegistry
{
    private readonly FrozenDictionary<SystemRoles, FrozenSet<string>> bySystemRole;
    private readonly FrozenDictionary<string, string> moduleOf;
    private readonly FrozenDictionary<string, (FrozenSet<string> ReadOnly, FrozenSet<string> All)> byModule;

    public PermissionRegistry(TenantModelConfiguration modules)
    {
        All = [.. modules.Modules.SelectMany(m => m.Permissions)];
        var duplicate = All.GroupBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Permission '{duplicate.Key}' is contributed twice.");
        }

        Codes = All.Select(p => p.Code).ToFrozenSet(StringComparer.Ordinal);
        moduleOf = modules.Modules.SelectMany(m => m.Permissions.Select(p => (p.Code, m.Code))).ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        byModule = modules.Modules.ToFrozenDictionary(
            m => m.Code,
            m => (m.Permissions.Where(p => p.ReadOnly).Select(p => p.Code).ToFrozenSet(StringComparer.Ordinal),
                m.Permissions.Select(p => p.Code).ToFrozenSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
        ReadOnlyCodes = All.Where(p => p.ReadOnly).Select(p => p.Code).ToFrozenSet(StringComparer.Ordinal);
        bySystemRole = SystemRoleValues.ToFrozenDictionary(
            role => role,
            role => All.Where(p => p.IsGrantedTo(role)).Select(p => p.Code).ToFrozenSet(StringComparer.Ordinal));
    }

    public static IReadOnlyList<SystemRoles> SystemRoleValues { get; } =
        [SystemRoles.Owner, SystemRoles.Admin, SystemRoles.Manager, SystemRoles.Employee, SystemRoles.Intern];

    public IReadOnlyList<PermissionDefinition> All { get; }

    public IReadOnlySet<string> Codes { get; }

    /// <summary>What the read-only group view may use.</summary>
    public IReadOnlySet<string> ReadOnlyCodes { get; }

    public IReadOnlySet<string> ForSystemRole(SystemRoles role) =>
        bySystemRole.TryGetValue(role, out var codes) ? codes : FrozenSet<string>.Empty;

    /// <summary>The permissions a role grants today: a system role's from the registry, a custom role's as listed and still known.</summary>
    public IReadOnlySet<string> Resolve(SystemRoles systemRole, IEnumerable<string> customPermissions) =>
        systemRole != SystemRoles.None
            ? ForSystemRole(systemRole)
            : customPermissions.Where(Codes.Contains).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>One module's permissions: only its read-only ones, or all of them.</summary>
    public IReadOnlySet<string> OfModule(string module, bool readOnly) =>
        byModule.TryGetValue(module, out var codes) ? readOnly ? codes.ReadOnly : codes.All : FrozenSet<string>.Empty;
    /// <summary>The code of the module that contributes <paramref name="permission"/>, or null for an unknown permission.</summary>
    public string? ModuleOf(string permission) => moduleOf.GetValueOrDefault(permission);

    /// <summary>
    /// What of <paramref name="permissions"/> the tenant lets the role use: a module's permissions
    /// only while the tenant has the module enabled and the module's roles include the role.
    /// </summary>
    public IReadOnlySet<string> WithinModules(IReadOnlySet<string> permissions, TenantInfo tenant, string? roleKey)
    {
        var usable = permissions.Where(p => tenant.Module(moduleOf[p]) is not { } module || (module.Enabled && module.Allows(roleKey))).ToList();
        return usable.Count == permissions.Count ? permissions : usable.ToFrozenSet(StringComparer.Ordinal);
    }
}
