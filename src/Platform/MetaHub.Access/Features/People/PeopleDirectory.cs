using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access.Features.People;

/// <summary>The tenant's users and memberships, read for other modules through <see cref="IPeopleDirectory"/>.</summary>
internal sealed class PeopleDirectory(ITenantDbContextFactory databases, ICurrentUser user) : IPeopleDirectory
{
    public async Task<IReadOnlyList<Person>> CompanyMembersAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<User>()
            .Where(u => u.IsActive && db.Set<Membership>().Any(m => m.UserId == u.Id && m.CompanyId == user.CompanyId))
            .OrderBy(u => u.FirstName).ThenBy(u => u.LastName)
            .Select(u => new Person(u.Id, u.FirstName + " " + u.LastName, u.Email!))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<User>()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName, cancellationToken);
    }

    public async Task<IReadOnlyList<CompanyMember>> MembershipsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<Membership>()
            .Where(m => ids.Contains(m.UserId))
            .Join(db.Set<User>().Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { m.CompanyId, User = u })
            .Join(db.Set<Company>().Where(c => c.IsActive), x => x.CompanyId, c => c.Id, (x, c) => new CompanyMember(
                c.Id, c.Name, new Person(x.User.Id, x.User.FirstName + " " + x.User.LastName, x.User.Email!)))
            .ToListAsync(cancellationToken);
    }
}
