using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// One line of the platform's append-only audit log: what an operator did (or tried), from where,
/// and which tenant it touched, if any.
/// </summary>
public sealed class PlatformAuditEntry : Entity
{
    public DateTime CreatedAt { get; set; }

    /// <summary>The operator; null when a sign-in named no known account.</summary>
    public Guid? OperatorId { get; set; }

    /// <summary>The operator's address, or the one typed into a failed sign-in.</summary>
    public string? OperatorEmail { get; set; }

    /// <summary><c>LOGIN</c>, <c>LOGIN_FAILED</c>, <c>ACCESS_DENIED</c>, a module operation…</summary>
    public required string Action { get; set; }

    public required string Module { get; set; }

    public string? RecordType { get; set; }

    public string? RecordId { get; set; }

    public Guid? TenantId { get; set; }

    /// <summary>JSON object of the event's details; never a secret.</summary>
    public string? Details { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public string? CorrelationId { get; set; }
}
