namespace MetaHub.Kernel.Security;

/// <summary>
/// The signed-in user of this request or circuit, the company they work in and what they may do
/// there. Permissions are read from the database for each request, so a changed role applies at once.
/// </summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    Guid? CompanyId { get; }

    bool GroupView { get; }

    IReadOnlySet<string> Permissions { get; }

    /// <summary>The role the user works in, as module roles name it (<see cref="RoleKeys"/>); the group view counts as the owner's.</summary>
    string? RoleKey { get; }

    bool HasPermission(string code) => Permissions.Contains(code);
}
