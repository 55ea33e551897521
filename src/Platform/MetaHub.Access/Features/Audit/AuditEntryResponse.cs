namespace MetaHub.Access.Features.Audit;

internal sealed record AuditEntryResponse(
    long Sequence,
    DateTime CreatedAt,
    Guid? CompanyId,
    Guid? UserId,
    string? UserName,
    string Action,
    string Module,
    string? RecordType,
    string? RecordId,
    string? OldValues,
    string? NewValues,
    string? IpAddress,
    string? UserAgent,
    string? CorrelationId);
