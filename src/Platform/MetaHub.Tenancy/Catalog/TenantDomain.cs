using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A host name that resolves to a tenant, stored normalised (lower-case ASCII, no <c>www.</c>, no port).</summary>
public sealed class TenantDomain : Entity
{
    public const int DomainMaxLength = 253;

    public Guid TenantId { get; set; }

    public required string Domain { get; set; }

    public bool IsPrimary { get; set; }

    public bool IsVerified { get; set; }

    public DateTime CreatedAt { get; set; }
}
