using System.Security.Claims;
using MetaHub.Access.Authentication;
using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MetaHub.Access.Sessions;

/// <summary>
/// Confirms, for each request (token or cookie) and each Blazor circuit, that the session behind
/// it is still open, the user still active and still a member of the company it names; then puts
/// the user, company scope and permissions in place. One query: a revoked session or a removed
/// membership takes effect on the very next request.
/// </summary>
internal sealed class SessionValidator(
    ITenantDbContextFactory databases,
    ITenantContext tenantContext,
    CurrentUser currentUser,
    PermissionRegistry registry,
    TimeProvider time)
{
    public async Task<bool> ValidateAsync(ClaimsPrincipal principal, ClientInfo client, CancellationToken cancellationToken)
    {
        if (SessionClaims.Read(principal) is not { } claims
            || tenantContext.Tenant is not { } tenant
            || principal.FindFirstValue(MetaHubClaims.TenantId) != tenant.Id.ToString())
        {
            return false;
        }

        if (!tenant.Security.Allows(client.Address))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var companyId = claims.CompanyId ?? Guid.Empty;
        var groupView = claims.GroupView;
        await using var db = databases.CreateDbContext();

        // Plain joins (a membership is unique per user and company), so PostgreSQL plans it in a
        // fraction of the time a projection with subqueries takes: it runs before every request.
        // The group view needs any owner membership; a company, the membership of that company.
        var state = await (
                from s in db.Set<UserSession>()
                join u in db.Set<User>() on s.UserId equals u.Id
                from m in db.Set<Membership>()
                    .Where(m => m.UserId == s.UserId && (groupView ? m.IsOwner : m.CompanyId == companyId))
                    .DefaultIfEmpty()
                where s.Id == claims.SessionId && s.UserId == claims.UserId && s.RevokedAt == null && s.ExpiresAt > now && u.IsActive
                select new { Member = m != null, SystemRole = (SystemRoles?)m!.Role.SystemRole, m.Role.Name, m.Role.Permissions })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (state is null || ((claims.CompanyId is not null || claims.GroupView) && !state.Member))
        {
            return false;
        }

        // A member's role is there whenever the membership is (its foreign key is required).
        var (roleKey, permissions) = (claims.CompanyId, claims.GroupView) switch
        {
            (not null, _) => Within(RoleKeys.For(state.SystemRole!.Value, state.Name!), registry.Resolve(state.SystemRole!.Value, state.Permissions!)),
            (null, true) => Within(RoleKeys.For(SystemRoles.Owner, ""), registry.ReadOnlyCodes),
            _ => (null, new HashSet<string>(StringComparer.Ordinal)),
        };
        currentUser.Set(claims.UserId, claims.SessionId, claims.CompanyId, claims.GroupView, roleKey, permissions);
        tenantContext.UseScope(claims.CompanyId is { } company
            ? DataScope.ForCompany(tenant.Id, company)
            : claims.GroupView ? DataScope.ForGroup(tenant.Id) : DataScope.ForTenant(tenant.Id));
        tenantContext.UseActor(new AuditActor(
            claims.UserId, principal.FindFirstValue(JwtRegisteredClaimNames.Name), client.IpAddress, client.UserAgent, client.CorrelationId));
        return true;

        (string?, IReadOnlySet<string>) Within(string roleKey, IReadOnlySet<string> granted) =>
            (roleKey, registry.WithinModules(granted, tenant, roleKey));
    }
}
