using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// A key an integration uses to call one module's API of one tenant. The secret is shown once;
/// only its SHA-256 hash and a short prefix (to recognise it in lists) are kept.
/// </summary>
public sealed class ModuleApiKey : Entity
{
    public const int PrefixLength = 12;

    public Guid TenantId { get; set; }

    public required string Module { get; set; }

    public required string Name { get; set; }

    /// <summary>The key's first characters, shown in lists and used to find it.</summary>
    public required string Prefix { get; set; }

    /// <summary>Hex SHA-256 of the whole key.</summary>
    public required string SecretHash { get; set; }

    /// <summary>What the key may do in its module, e.g. <c>read</c>, <c>write</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
