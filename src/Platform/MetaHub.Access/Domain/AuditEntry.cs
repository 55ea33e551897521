using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>
/// One line of the tenant's append-only audit log. Entries form a hash chain in
/// <see cref="Sequence"/> order: each hash covers the entry and the previous hash, so changing or
/// removing any entry breaks every hash after it.
/// </summary>
public sealed class AuditEntry : Entity, ITenantOwned
{
    public Guid TenantId { get; set; }

    public long Sequence { get; set; }

    public Guid? CompanyId { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary><c>CUSTOMER_UPDATE</c>, <c>LOGIN</c>, <c>ACCESS_DENIED</c>…</summary>
    public required string Action { get; set; }

    public required string Module { get; set; }

    public string? RecordType { get; set; }

    public string? RecordId { get; set; }

    /// <summary>JSON object of the changed properties before the change, or event details.</summary>
    public string? OldValues { get; set; }

    public string? NewValues { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public string? CorrelationId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the entry is sealed into the chain on save.</summary>
    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
