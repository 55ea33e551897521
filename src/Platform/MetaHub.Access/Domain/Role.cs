using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>
/// A role in one company. The five system roles exist in every company and take their permissions
/// from the registry (so a new module's permissions reach them at once); a custom role lists its own.
/// </summary>
public sealed class Role : Entity, ITenantOwned
{
    public const int NameMaxLength = 100;

    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Which system role this is, or <see cref="SystemRoles.None"/> for a custom role.</summary>
    public SystemRoles SystemRole { get; set; }

    /// <summary>Permission codes of a custom role; unused for system roles.</summary>
    public List<string> Permissions { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public bool IsSystem => SystemRole != SystemRoles.None;
}
