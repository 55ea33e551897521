using System.Text.Json;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Auditing;
using MetaHub.Operators.Sessions;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Operators.Auditing;

/// <summary>
/// The platform's audit log: what operators do, written on behalf of the current operator with the
/// request's address, user agent and correlation id. Entries are only ever added.
/// </summary>
internal sealed class PlatformAuditLog(
    IDbContextFactory<CatalogDbContext> catalogs, CurrentOperator current, IHttpContextAccessor http, TimeProvider time) : IPlatformAuditLog
{
    public const string Module = "platform";

    public async Task RecordAsync(AuditEvent auditEvent, Guid? tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        var client = http.HttpContext is { } context ? ClientInfo.From(context) : null;
        Add(db, auditEvent, tenantId, current.OperatorId, current.Email, client, time);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the event to a unit of work of the caller, for an operator who may not be signed in yet.</summary>
    public static PlatformAuditEntry Add(
        CatalogDbContext db, AuditEvent auditEvent, Guid? tenantId, Guid? operatorId, string? operatorEmail, ClientInfo? client, TimeProvider time)
    {
        var entry = new PlatformAuditEntry
        {
            CreatedAt = time.GetUtcNow().UtcDateTime,
            OperatorId = operatorId,
            OperatorEmail = operatorEmail is { Length: > PlatformOperator.EmailMaxLength } ? operatorEmail[..PlatformOperator.EmailMaxLength] : operatorEmail,
            Action = auditEvent.Action,
            Module = auditEvent.Module,
            RecordType = auditEvent.RecordType,
            RecordId = auditEvent.RecordId,
            TenantId = tenantId,
            Details = auditEvent.Details is { Count: > 0 } details ? JsonSerializer.Serialize(details) : null,
            IpAddress = client?.IpAddress,
            UserAgent = client?.UserAgent,
            CorrelationId = client?.CorrelationId,
        };
        db.PlatformAuditEntries.Add(entry);
        return entry;
    }
}
