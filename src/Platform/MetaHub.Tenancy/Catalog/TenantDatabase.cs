using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>
/// One physical tenant database — the placement map. A dedicated database holds one tenant, a
/// shared one many; migrations, credentials and the connection pool belong to the database.
/// </summary>
public sealed class TenantDatabase : Entity
{
    public const string DefaultServer = "default";

    /// <summary>Database server key: <see cref="DefaultServer"/> or a name under <c>MetaHub:Database:Servers</c>.</summary>
    public string Server { get; set; } = DefaultServer;

    /// <summary>PostgreSQL database name, or SQLite file name without extension.</summary>
    public required string Name { get; set; }

    public TenantPlacement Placement { get; set; }

    /// <summary>The application login's connection string, encrypted with Data Protection (PostgreSQL only).</summary>
    public string? ConnectionStringCipher { get; set; }

    public DateTime? CredentialsRotateAfter { get; set; }

    /// <summary>Id of the last tenant migration applied; the migration runner skips databases that are current.</summary>
    public string? SchemaVersion { get; set; }

    public DateTime? MigratedAt { get; set; }

    public DateTime CreatedAt { get; set; }
}
