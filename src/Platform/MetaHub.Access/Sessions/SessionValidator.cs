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
        var state = await db.Set<UserSession>()
            .Where(s => s.Id == claims.SessionId && s.UserId == claims.UserId && s.RevokedAt == null && s.ExpiresAt > now)
            .Select(s => new
            {
                Active = db.Set<User>().Any(u => u.Id == s.UserId && u.IsActive),
                Role = db.Set<Membership>()
                    .Where(m => m.UserId == s.UserId && m.CompanyId == companyId)
                    .Select(m => new { m.Role.SystemRole, m.Role.Name, m.Role.Permissions })
                    .FirstOrDefault(),
                Owner = groupView && db.Set<Membership>().Any(m => m.UserId == s.UserId && m.IsOwner),
            })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (state is not { Active: true }
            || (claims.CompanyId is not null && state.Role is null)
            || (claims.GroupView && !state.Owner))
        {
            return false;
        }

        var roleKey = state.Role is { } held ? RoleKeys.For(held.SystemRole, held.Name) : claims.GroupView ? RoleKeys.For(SystemRoles.Owner, "") : null;
        IReadOnlySet<string> permissions = state.Role is { } role
            ? registry.WithinModules(registry.Resolve(role.SystemRole, role.Permissions), tenant, roleKey)
            : claims.GroupView ? registry.WithinModules(registry.ReadOnlyCodes, tenant, roleKey)
            : new HashSet<string>(StringComparer.Ordinal);
        currentUser.Set(claims.UserId, claims.SessionId, claims.CompanyId, claims.GroupView, roleKey, permissions);
        tenantContext.UseScope(claims.CompanyId is { } company
            ? DataScope.ForCompany(tenant.Id, company)
            : claims.GroupView ? DataScope.ForGroup(tenant.Id) : DataScope.ForTenant(tenant.Id));
        tenantContext.UseActor(new AuditActor(
            claims.UserId, principal.FindFirstValue(JwtRegisteredClaimNames.Name), client.IpAddress, client.UserAgent, client.CorrelationId));
        return true;
    }
}
