using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// A signed-in device of a platform operator: an API client with a rotating refresh token, or a
/// browser with the operator cookie. Every request checks it is still open, so logging out or
/// revoking it ends the device's access at once.
/// </summary>
public sealed class PlatformOperatorSession : Entity
{
    public Guid OperatorId { get; set; }

    public PlatformOperator Operator { get; set; } = null!;

    /// <summary>SHA-256 of the current refresh token (API sessions); the token itself is never stored.</summary>
    public string? RefreshTokenHash { get; set; }

    /// <summary>SHA-256 of the token it replaced: presenting that one again means it was stolen.</summary>
    public string? PreviousRefreshTokenHash { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsOpen(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
