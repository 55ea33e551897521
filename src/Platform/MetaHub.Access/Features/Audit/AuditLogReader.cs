using MetaHub.Access.Auditing;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access.Features.Audit;

/// <summary>Reads the audit log for the API and the audit screen: a filtered page, the values to filter by, and the chain check.</summary>
internal sealed class AuditLogReader(ITenantDbContextFactory databases, ICurrentUser user)
{
    public static readonly System.Linq.Expressions.Expression<Func<AuditEntry, AuditEntryResponse>> ToResponse = e => new AuditEntryResponse(
        e.Sequence, e.CreatedAt, e.CompanyId, e.UserId, e.UserName, e.Action, e.Module, e.RecordType, e.RecordId,
        e.OldValues, e.NewValues, e.IpAddress, e.UserAgent, e.CorrelationId);

    public async Task<PagedResult<AuditEntryResponse>> PageAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        return await query.Apply(db, user).AsNoTracking().Select(ToResponse).ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    /// <summary>The actions and modules that occur in the entries the user may see, for the filter choices.</summary>
    public async Task<(IReadOnlyList<string> Actions, IReadOnlyList<string> Modules)> FacetsAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var visible = new AuditQuery(null, null, null, null, null, null, null).Apply(db, user);
        var actions = await visible.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        var modules = await visible.Select(e => e.Module).Distinct().OrderBy(m => m).ToListAsync(cancellationToken);
        return (actions, modules);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        return await AuditChain.VerifyAsync(db, cancellationToken);
    }
}
