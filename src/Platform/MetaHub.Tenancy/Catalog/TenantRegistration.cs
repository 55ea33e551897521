using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// Someone signing up for a workspace: who they are, the slug they asked for, the proof of their
/// email (a 6-digit code and a link token, both stored only as hashes) and how provisioning went.
/// </summary>
public sealed class TenantRegistration : Entity
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 100;

    public required string Email { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>The team's name, which becomes the tenant's and its first company's name.</summary>
    public required string TeamName { get; set; }

    /// <summary>The requested subdomain and company code.</summary>
    public required string Slug { get; set; }

    /// <summary>ASP.NET Core Identity hash of the chosen password; becomes the first user's.</summary>
    public required string AdminPasswordHash { get; set; }

    /// <summary>
    /// <c>scheme://host[:port]</c> the person verified from; the new tenant's links keep its scheme
    /// and port (unless <c>MetaHub:Auth:PublicUrl</c> says otherwise).
    /// </summary>
    public string? PublicOrigin { get; set; }

    /// <summary>Language the person signed up in; their emails use it.</summary>
    public string Culture { get; set; } = "tr-TR";

    public RegistrationStatus Status { get; set; }

    public string? CodeHash { get; set; }

    public string? TokenHash { get; set; }

    public DateTime? CodeExpiresAt { get; set; }

    /// <summary>Wrong codes entered since the last one was sent.</summary>
    public int FailedAttempts { get; set; }

    public int CodesSent { get; set; }

    public DateTime? LastCodeSentAt { get; set; }

    public DateTime? EmailVerifiedAt { get; set; }

    public DateTime TermsAcceptedAt { get; set; }

    /// <summary>The tenant provisioning created (or an earlier, failed attempt left behind).</summary>
    public Guid? TenantId { get; set; }

    public ProvisioningStep? Step { get; set; }

    public string? ErrorMessage { get; set; }

    public int ProvisioningAttempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
