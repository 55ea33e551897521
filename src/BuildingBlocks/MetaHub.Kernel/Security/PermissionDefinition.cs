namespace MetaHub.Kernel.Security;

/// <summary>
/// A permission a module contributes: its code (<c>module.action</c>), the system roles that hold
/// it by default (the owner always holds every permission) and whether it only reads, which is all
/// the consolidated group view ever grants.
/// </summary>
public sealed record PermissionDefinition(string Code, SystemRoles GrantedTo, bool ReadOnly = false)
{
    public string Module => Code[..Code.IndexOf('.', StringComparison.Ordinal)];

    public bool IsGrantedTo(SystemRoles role) => role == SystemRoles.Owner || (GrantedTo & role) != SystemRoles.None;
}
