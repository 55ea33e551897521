using MetaHub.Access.Auditing;
using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.Access.Identity;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Sessions;

/// <summary>
/// Sessions of signed-in devices: opened after sign-in, moved to a company by the picker or the
/// switcher (membership checked each time), refreshed with rotating refresh tokens (a replayed one
/// closes the session: it was stolen), listed and revoked.
/// </summary>
internal sealed class SessionService(
    ITenantDbContextFactory databases,
    ITenantContext tenantContext,
    AccessTokenIssuer issuer,
    IOptions<AuthOptions> options,
    TimeProvider time)
{
    private TenantInfo Tenant => tenantContext.Tenant ?? throw new InvalidOperationException("Sessions need a resolved tenant.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<(UserSession Session, string? RefreshToken)> OpenAsync(User user, SessionKind kind, ClientInfo client, CancellationToken cancellationToken)
    {
        var refreshToken = kind == SessionKind.Api ? OpaqueTokens.New() : null;
        var session = new UserSession
        {
            UserId = user.Id,
            Kind = kind,
            RefreshTokenHash = refreshToken is null ? null : OpaqueTokens.Hash(refreshToken),
            IpAddress = client.IpAddress,
            UserAgent = client.UserAgent,
            CreatedAt = Now,
            LastSeenAt = Now,
            ExpiresAt = Now.AddDays(options.Value.SessionDays),
        };
        await using var db = databases.CreateTenantWideDbContext();
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session, refreshToken);
    }

    public AccessToken Issue(User user, UserSession session) => issuer.Issue(user, Tenant, session);

    public TokenPair Tokens(User user, UserSession session, string refreshToken)
    {
        var access = Issue(user, session);
        return new TokenPair(access.Value, refreshToken, access.ExpiresIn);
    }

    /// <summary>New tokens for a refresh token, or null: unknown, expired, revoked, or replayed (which revokes the session).</summary>
    public async Task<TokenPair?> RefreshAsync(string? refreshToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(refreshToken))
        {
            return null;
        }

        var hash = OpaqueTokens.Hash(refreshToken);
        await using var db = databases.CreateTenantWideDbContext();
        var session = await db.Set<UserSession>()
            .FirstOrDefaultAsync(s => s.RefreshTokenHash == hash || s.PreviousRefreshTokenHash == hash, cancellationToken);
        if (session is null || !session.IsOpen(Now))
        {
            return null;
        }

        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == session.UserId && u.IsActive, cancellationToken);
        var next = OpaqueTokens.New();
        if (user is null || !session.TryRotate(hash, OpaqueTokens.Hash(next), Now, TimeSpan.FromDays(options.Value.SessionDays)))
        {
            session.RevokedAt = Now;
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        if (session.CompanyId is { } companyId
            && !await db.Set<Membership>().AnyAsync(m => m.UserId == user.Id && m.CompanyId == companyId, cancellationToken))
        {
            session.CompanyId = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Tokens(user, session, next);
    }

    /// <summary>
    /// Moves a session to a company the user is a member of, or to the group view if they own a
    /// company; false (nothing changed) otherwise.
    /// </summary>
    public async Task<(User User, UserSession Session)?> SwitchAsync(
        Guid userId, Guid sessionId, Guid? companyId, bool groupView, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var session = await db.Set<UserSession>().FirstOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken);
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == userId && u.IsActive, cancellationToken);
        if (session is null || !session.IsOpen(Now) || user is null)
        {
            return null;
        }

        if (groupView)
        {
            if (!await db.Set<Membership>().AnyAsync(m => m.UserId == userId && m.IsOwner, cancellationToken))
            {
                return null;
            }

            session.CompanyId = null;
            session.GroupView = true;
        }
        else
        {
            var membership = await db.Set<Membership>()
                .Where(m => m.UserId == userId && m.CompanyId == companyId)
                .Join(db.Set<Company>().Where(c => c.IsActive), m => m.CompanyId, c => c.Id, (m, _) => m)
                .FirstOrDefaultAsync(cancellationToken);
            if (membership is null)
            {
                return null;
            }

            membership.LastAccessedAt = Now;
            session.CompanyId = companyId;
            session.GroupView = false;
        }

        session.LastSeenAt = Now;
        await db.SaveChangesAsync(cancellationToken);
        return (user, session);
    }

    public async Task<IReadOnlyList<UserSession>> ListOpenAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<UserSession>()
            .Where(s => s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastSeenAt)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    /// <summary>Closes one of the user's sessions; its tokens and cookie stop working on their next request.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid sessionId, string action, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var session = await db.Set<UserSession>().FirstOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken);
        if (session is null || session.RevokedAt is not null)
        {
            return false;
        }

        session.RevokedAt = Now;
        AuditLog.Add(db, new AuditEvent(action, "access", nameof(UserSession), sessionId.ToString()), time);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Closes every open session of the user but <paramref name="except"/> (after a password change, the one that made it).</summary>
    public async Task RevokeAllAsync(Guid userId, Guid? except, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = databases.CreateTenantWideDbContext();
        await db.Set<UserSession>()
            .Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != except)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now), cancellationToken);
    }
}
