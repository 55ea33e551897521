using System.Globalization;
using System.Text;
using MetaHub.Access.Auditing;
using MetaHub.Access.Authorization;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access.Features.Audit;

/// <summary><c>/api/v1/audit</c>: the audit log (filtered, paged), its CSV export and the hash-chain check.</summary>
internal static class AuditEndpoints
{
    private const int ExportLimit = 100_000;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGroup("/api/v1/audit").WithTags("Audit").RequirePermission(AccessPermissions.AuditView);
        audit.MapGet("", List).WithName("ListAuditEntries").WithSummary("Audit entries, newest first, filtered by user, action, module and date.");
        audit.MapGet("/export", Export).WithName("ExportAuditEntries").WithSummary("The filtered audit entries as CSV; 403 while the tenant's access.audit-export flag is off.")
            .RequireFeature(AccessFeatureFlags.AuditExport);
        audit.MapGet("/verify", Verify).WithName("VerifyAuditChain").WithSummary("Walks the hash chain; reports the first changed, inserted or missing entry.");
    }

    private static async Task<Ok<PagedResult<AuditEntryResponse>>> List(
        [AsParameters] AuditQuery query, AuditLogReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.PageAsync(query, cancellationToken));

    private static async Task<FileContentHttpResult> Export(
        [AsParameters] AuditQuery query, ITenantDbContextFactory databases, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var csv = new StringBuilder();
        csv.Append("sequence,createdAt,companyId,userId,userName,action,module,recordType,recordId,oldValues,newValues,ipAddress,userAgent,correlationId\r\n");
        await foreach (var e in query.Apply(db, user).AsNoTracking().Take(ExportLimit).Select(AuditLogReader.ToResponse).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.AppendJoin(',', [
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(e.CreatedAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
                e.CompanyId?.ToString(), e.UserId?.ToString(), Cell(e.UserName), e.Action, e.Module, e.RecordType, e.RecordId,
                Cell(e.OldValues), Cell(e.NewValues), e.IpAddress, Cell(e.UserAgent), Cell(e.CorrelationId)]);
            csv.Append("\r\n");
        }

        var name = $"audit-{time.GetUtcNow():yyyyMMdd-HHmmss}.csv";
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", name);
    }

    private static async Task<Ok<AuditVerification>> Verify(AuditLogReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.VerifyAsync(cancellationToken));

    /// <summary>RFC 4180 quoting (and CRLF line ends); a leading formula character is neutralised so a spreadsheet never runs a cell.</summary>
    private static string? Cell(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
