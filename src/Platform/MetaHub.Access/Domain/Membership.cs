using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>A user's place in a company: the role they hold there.</summary>
public sealed class Membership : Entity, ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public Guid CompanyId { get; set; }

    public Guid RoleId { get; set; }

    public Role Role { get; set; } = null!;

    /// <summary>An owner of the company; owners may also open the group's consolidated view.</summary>
    public bool IsOwner { get; set; }

    /// <summary>The company the picker suggests first.</summary>
    public bool IsDefault { get; set; }

    public DateTime JoinedAt { get; set; }

    public DateTime? LastAccessedAt { get; set; }
}
