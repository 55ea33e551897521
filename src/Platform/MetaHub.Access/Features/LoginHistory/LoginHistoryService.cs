using System.Linq.Expressions;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;

namespace MetaHub.Access.Features.LoginHistory;

/// <summary>Sign-in attempts, newest first: the current user's own, or those of the active company's members.</summary>
internal sealed class LoginHistoryService(ITenantDbContextFactory databases, ICurrentUser user)
{
    private static readonly Expression<Func<LoginAttempt, LoginAttemptResponse>> ToResponse = a => new LoginAttemptResponse(
        a.Id, a.UserId, a.Email, a.IpAddress, a.UserAgent, a.Status.ToString(), a.TwoFactorMethod.ToString(), a.CreatedAt);

    public async Task<PagedResult<LoginAttemptResponse>> OwnAsync(int? page, int? pageSize, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<LoginAttempt>()
            .Where(a => a.UserId == user.UserId)
            .OrderByDescending(a => a.CreatedAt)
            .Select(ToResponse)
            .ToPageAsync(page, pageSize, cancellationToken);
    }

    public async Task<PagedResult<LoginAttemptResponse>> MembersAsync(
        Guid? userId, LoginStatus? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var members = db.Set<Membership>().Where(m => m.CompanyId == user.CompanyId).Select(m => (Guid?)m.UserId);
        var query = db.Set<LoginAttempt>().Where(a => members.Contains(a.UserId));
        if (userId is { } id)
        {
            query = query.Where(a => a.UserId == id);
        }

        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        return await query.OrderByDescending(a => a.CreatedAt).Select(ToResponse).ToPageAsync(page, pageSize, cancellationToken);
    }
}
