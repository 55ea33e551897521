using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Users;

/// <summary>
/// The active company's members: listing them, changing their role or owner flag, removing them
/// from the company, and deactivating a person altogether (which signs out every device of theirs).
/// A company always keeps an owner, and nobody does these things to themselves.
/// </summary>
internal sealed class MemberService(
    ITenantDbContextFactory databases, ICurrentUser user, SessionService sessions, IStringLocalizer<AccessResources> localizer)
{
    // A member-init type rather than a positional record: EF translates member access through it.
    private sealed class Row
    {
        public required Membership Membership { get; init; }

        public required User User { get; init; }
    }

    public async Task<PagedResult<MemberResponse>> ListAsync(MemberListQuery query, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var rows = db.Set<Membership>()
            .Where(m => m.CompanyId == user.CompanyId)
            .Join(db.Set<User>(), m => m.UserId, u => u.Id, (m, u) => new Row { Membership = m, User = u });
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();

            // Translated to SQL lower() on both providers; the culture overloads have no translation.
#pragma warning disable CA1304, CA1311, CA1862, MA0011
            rows = rows.Where(x => (x.User.FirstName + " " + x.User.LastName).ToLower().Contains(term) || x.User.Email!.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862, MA0011
        }

        return await Sort(rows, query.Sort)
            .Select(x => new MemberResponse(
                x.User.Id, x.User.Email!, x.User.FirstName, x.User.LastName, x.User.IsActive, x.User.TwoFactorEnabled, x.User.LastLoginAt,
                x.Membership.RoleId, x.Membership.Role.Name, x.Membership.IsOwner, x.Membership.JoinedAt))
            .AsNoTracking()
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<RoleOption>> RolesAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<Role>()
            .Where(r => r.CompanyId == user.CompanyId)
            .OrderBy(r => r.Name)
            .Select(r => new RoleOption(r.Id, r.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task ChangeMembershipAsync(Guid id, MembershipRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var membership = await FindMembershipAsync(db, id, cancellationToken);
        if (!await db.Set<Role>().AnyAsync(r => r.Id == request.RoleId && r.CompanyId == user.CompanyId, cancellationToken))
        {
            throw ValidationException.For("roleId", localizer["users.roleNotInCompany"]);
        }

        if (membership.IsOwner && !request.IsOwner && await IsLastOwnerAsync(db, membership, cancellationToken))
        {
            throw ValidationException.For("isOwner", localizer["users.lastOwner"]);
        }

        membership.RoleId = request.RoleId;
        membership.IsOwner = request.IsOwner;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveMembershipAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var membership = await FindMembershipAsync(db, id, cancellationToken);
        RefuseSelf(id);
        if (membership.IsOwner && await IsLastOwnerAsync(db, membership, cancellationToken))
        {
            throw new ConflictException(localizer["users.lastOwner"]);
        }

        db.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var member = await db.Set<User>()
            .Where(u => u.Id == id && db.Set<Membership>().Any(m => m.UserId == u.Id && m.CompanyId == user.CompanyId))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(localizer["users.notMember"]);
        RefuseSelf(id);
        member.IsActive = active;
        await db.SaveChangesAsync(cancellationToken);
        if (!active)
        {
            // Closed, not only refused: reactivating the person must not bring their old devices back.
            await sessions.RevokeAllAsync(id, except: null, cancellationToken);
        }
    }

    private static IQueryable<Row> Sort(IQueryable<Row> rows, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = sort?.TrimStart('-').ToLowerInvariant();
        return (key, descending) switch
        {
            ("email", false) => rows.OrderBy(x => x.User.Email),
            ("email", true) => rows.OrderByDescending(x => x.User.Email),
            ("role", false) => rows.OrderBy(x => x.Membership.Role.Name).ThenBy(x => x.User.FirstName),
            ("role", true) => rows.OrderByDescending(x => x.Membership.Role.Name).ThenBy(x => x.User.FirstName),
            ("lastloginat", false) => rows.OrderBy(x => x.User.LastLoginAt).ThenBy(x => x.User.FirstName),
            ("lastloginat", true) => rows.OrderByDescending(x => x.User.LastLoginAt).ThenBy(x => x.User.FirstName),
            ("joinedat", false) => rows.OrderBy(x => x.Membership.JoinedAt),
            ("joinedat", true) => rows.OrderByDescending(x => x.Membership.JoinedAt),
            (_, true) => rows.OrderByDescending(x => x.User.FirstName).ThenByDescending(x => x.User.LastName),
            _ => rows.OrderBy(x => x.User.FirstName).ThenBy(x => x.User.LastName),
        };
    }

    private async Task<Membership> FindMembershipAsync(TenantDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.Set<Membership>().FirstOrDefaultAsync(m => m.UserId == userId && m.CompanyId == user.CompanyId, cancellationToken)
            ?? throw new NotFoundException(localizer["users.notMember"]);

    private void RefuseSelf(Guid id)
    {
        if (id == user.UserId)
        {
            throw new ConflictException(localizer["users.notYourself"]);
        }
    }

    private static Task<bool> IsLastOwnerAsync(TenantDbContext db, Membership membership, CancellationToken cancellationToken) =>
        db.Set<Membership>().AllAsync(m => m.CompanyId != membership.CompanyId || !m.IsOwner || m.Id == membership.Id, cancellationToken);
}
