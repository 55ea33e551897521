namespace MetaHub.Kernel.Auditing;

/// <summary>
/// Records what platform operators do (sign-ins, module operations, imports, API keys) in the
/// platform's audit log, on behalf of the current operator; the tenant id names the
/// tenant the action touched, if any.
/// </summary>
public interface IPlatformAuditLog
{
    Task RecordAsync(AuditEvent auditEvent, Guid? tenantId, CancellationToken cancellationToken);
}
