using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access.Features.Auth;

/// <summary>The active companies a user is a member of, in tree order: each main company followed by its subsidiaries.</summary>
internal static class UserCompanies
{
    public static async Task<IReadOnlyList<CurrentUserResponse.CompanyPart>> ListAsync(TenantDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Membership>()
            .Where(m => m.UserId == userId)
            .Join(db.Set<Company>().Where(c => c.IsActive), m => m.CompanyId, c => c.Id, (m, c) => new CurrentUserResponse.CompanyPart(
                c.Id,
                c.Name,
                c.Slug,
                c.ParentCompanyId,
                c.LogoUrl,
                c.PrimaryColor,
                m.RoleId,
                m.Role.Name,
                m.Role.SystemRole == Kernel.Security.SystemRoles.None ? null : m.Role.SystemRole.ToString(),
                m.IsOwner,
                m.IsDefault,
                m.LastAccessedAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToHashSet();
        var children = rows.Where(r => r.ParentCompanyId is { } parent && ids.Contains(parent)).ToLookup(r => r.ParentCompanyId);
        var ordered = new List<CurrentUserResponse.CompanyPart>(rows.Count);
        void Walk(CurrentUserResponse.CompanyPart company)
        {
            ordered.Add(company);
            foreach (var child in children[company.Id].OrderBy(c => c.Name, StringComparer.CurrentCulture))
            {
                Walk(child);
            }
        }

        foreach (var root in rows.Where(r => r.ParentCompanyId is not { } parent || !ids.Contains(parent)).OrderBy(r => r.Name, StringComparer.CurrentCulture))
        {
            Walk(root);
        }

        return ordered;
    }
}
