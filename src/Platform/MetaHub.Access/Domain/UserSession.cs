using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>
/// A signed-in device. Every access token and UI cookie names its session, and each request checks
/// it is still open, so revoking a session signs that device out at once.
/// </summary>
public sealed class UserSession : Entity, ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public SessionKind Kind { get; set; }

    /// <summary>SHA-256 of the current refresh token (API sessions); the token itself is never stored.</summary>
    public string? RefreshTokenHash { get; set; }

    /// <summary>SHA-256 of the token it replaced: presenting that one again means it was stolen.</summary>
    public string? PreviousRefreshTokenHash { get; set; }

    public Guid? CompanyId { get; set; }

    public bool GroupView { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsOpen(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
