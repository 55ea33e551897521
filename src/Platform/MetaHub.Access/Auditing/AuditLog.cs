using System.Text.Json;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Auditing;

/// <summary>
/// Security events into the audit log. They are written tenant-wide (so even the read-only group
/// view can record a denial) but keep the company the actor worked in.
/// </summary>
internal sealed class AuditLog(ITenantDbContextFactory databases, ITenantContext tenantContext, TimeProvider time) : IAuditLog
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var scope = tenantContext.Scope;
        await using var db = databases.CreateTenantWideDbContext();
        var entry = Add(db, auditEvent, time);
        entry.CompanyId = scope.HasCompany ? scope.CompanyId : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the event to a unit of work of the caller; it is sealed into the chain when that saves.</summary>
    public static AuditEntry Add(TenantDbContext db, AuditEvent auditEvent, TimeProvider time)
    {
        var entry = AuditInterceptor.NewEntry(db, auditEvent.Action, auditEvent.Module, AuditChain.Timestamp(time.GetUtcNow()));
        entry.RecordType = auditEvent.RecordType;
        entry.RecordId = auditEvent.RecordId;
        entry.NewValues = auditEvent.Details is { Count: > 0 } details ? JsonSerializer.Serialize(details) : null;
        db.Add(entry);
        return entry;
    }
}
