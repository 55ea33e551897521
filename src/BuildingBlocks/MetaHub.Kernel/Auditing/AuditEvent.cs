namespace MetaHub.Kernel.Auditing;

/// <summary>
/// A security event for the audit log, e.g. <c>new(SecurityEvents.CredentialView, "vault", "Credential", id, details)</c>.
/// Details are shown as the entry's new values; keep secrets out of them.
/// </summary>
public sealed record AuditEvent(
    string Action,
    string Module,
    string? RecordType = null,
    string? RecordId = null,
    IReadOnlyDictionary<string, string?>? Details = null);
