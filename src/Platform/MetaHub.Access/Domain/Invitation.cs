using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>
/// An offer, sent by email, to join a company with a role. The link carries a secret of which only
/// the hash is kept; it works once, until it expires or is revoked.
/// </summary>
public sealed class Invitation : Entity, ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public required string Email { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public Guid RoleId { get; set; }

    public Role Role { get; set; } = null!;

    public Guid? InvitedByUserId { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public Guid? AcceptedByUserId { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsPending(DateTime now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}
