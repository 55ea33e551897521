namespace MetaHub.Kernel.Data;

/// <summary>
/// A signed-in device — a tenant user's or a platform operator's. Every access token and cookie
/// names its session and each request checks it is still open, so closing it signs the device out
/// at once. API sessions hold a refresh token that changes on every use.
/// </summary>
public abstract class DeviceSession : Entity
{
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

    /// <summary>
    /// Takes the refresh token whose hash is <paramref name="presentedHash"/> in exchange for the one
    /// hashed as <paramref name="nextHash"/>, and keeps the session alive for <paramref name="lifetime"/>.
    /// False, and the session closed, when the presented token is the one already exchanged: a
    /// replay means someone else holds a copy.
    /// </summary>
    public bool TryRotate(string presentedHash, string nextHash, DateTime now, TimeSpan lifetime)
    {
        if (string.Equals(PreviousRefreshTokenHash, presentedHash, StringComparison.Ordinal))
        {
            RevokedAt = now;
            return false;
        }

        PreviousRefreshTokenHash = presentedHash;
        RefreshTokenHash = nextHash;
        LastSeenAt = now;
        ExpiresAt = now.Add(lifetime);
        return true;
    }
}
