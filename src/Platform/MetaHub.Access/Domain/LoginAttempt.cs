using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>One entry of the login history: who tried, from where, how it ended, with which second factor.</summary>
public sealed class LoginAttempt : Entity, ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid? UserId { get; set; }

    public required string Email { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public LoginStatus Status { get; set; }

    public TwoFactorMethod TwoFactorMethod { get; set; }

    public DateTime CreatedAt { get; set; }
}
