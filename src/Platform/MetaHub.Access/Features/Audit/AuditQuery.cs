using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;

namespace MetaHub.Access.Features.Audit;

/// <summary>
/// Filters of the audit log screen. A company sees its own entries and the group's tenant-wide
/// ones (sign-ins, denials outside a company); the group view sees every company's.
/// </summary>
internal sealed record AuditQuery(Guid? UserId, string? Action, string? Module, DateTime? From, DateTime? To, int? Page, int? PageSize)
{
    public IQueryable<AuditEntry> Apply(TenantDbContext db, ICurrentUser user)
    {
        var query = db.Set<AuditEntry>().AsQueryable();
        if (!user.GroupView)
        {
            query = query.Where(e => e.CompanyId == null || e.CompanyId == user.CompanyId);
        }

        if (UserId is { } userId)
        {
            query = query.Where(e => e.UserId == userId);
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim().ToUpperInvariant();
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Module))
        {
            var module = Module.Trim().ToLowerInvariant();
            query = query.Where(e => e.Module == module);
        }

        if (From is { } from)
        {
            var start = DateTime.SpecifyKind(from, DateTimeKind.Utc);
            query = query.Where(e => e.CreatedAt >= start);
        }

        if (To is { } to)
        {
            var end = DateTime.SpecifyKind(to, DateTimeKind.Utc);
            query = query.Where(e => e.CreatedAt <= end);
        }

        return query.OrderByDescending(e => e.Sequence);
    }
}
