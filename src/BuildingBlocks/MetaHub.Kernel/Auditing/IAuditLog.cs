namespace MetaHub.Kernel.Auditing;

/// <summary>Records security events in the tenant's audit log, on behalf of the current actor and company.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}
