using System.ComponentModel.DataAnnotations;

namespace MetaHub.Access.Authentication;

/// <summary>Section <c>MetaHub:Auth</c>: how API tokens are signed and how long they live.</summary>
public sealed class AuthOptions
{
    public const string Section = "MetaHub:Auth";

    /// <summary>
    /// Base64 HMAC-SHA256 key of at least 32 bytes, the same on every node. When empty, the host
    /// creates one in the data directory (fine for a single node).
    /// </summary>
    public string SigningKey { get; set; } = "";

    [Required]
    public string Issuer { get; set; } = "MetaHub";

    [Range(1, 1440)]
    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>How long a session lives without being used: each refresh or request moves it on.</summary>
    [Range(1, 365)]
    public int SessionDays { get; set; } = 14;

    /// <summary>Sign-in, second-factor, refresh and reset requests one address may make per minute, per tenant.</summary>
    [Range(1, 100_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long an invitation link works.</summary>
    [Range(1, 90)]
    public int InvitationDays { get; set; } = 7;

    /// <summary>How long a password-reset link works; it also stops working once used.</summary>
    [Range(5, 1440)]
    public int PasswordResetMinutes { get; set; } = 60;

    /// <summary>
    /// Where users open the app, for links in emails, e.g. <c>https://{tenant}.metahub.app</c>
    /// (<c>{tenant}</c> becomes the tenant's slug). Empty: the address the request itself came to.
    /// </summary>
    public string? PublicUrl { get; set; }
}
