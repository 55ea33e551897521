using MetaHub.Access.Authentication;
using MetaHub.Access.Identity;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Auditing;
using MetaHub.Operators.Auditing;
using MetaHub.Operators.Authentication;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Operators.Sessions;

/// <summary>
/// Operators' signed-in devices: opened after sign-in, refreshed with rotating refresh tokens (a
/// replayed one closes the session: it was stolen) and closed on logout — as tenant sessions are.
/// </summary>
internal sealed class OperatorSessions(
    IDbContextFactory<CatalogDbContext> catalogs, AccessTokenIssuer issuer, IOptions<AuthOptions> options, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>A session for the operator's browser; the cookie names it.</summary>
    public async Task<PlatformOperatorSession> OpenBrowserAsync(PlatformOperator account, ClientInfo client, CancellationToken cancellationToken)
    {
        var session = NewSession(account, client, refreshTokenHash: null);
        await SaveNewAsync(session, cancellationToken);
        return session;
    }

    /// <summary>A session for an API client, and its first tokens.</summary>
    public async Task<TokenPair> OpenApiAsync(PlatformOperator account, ClientInfo client, CancellationToken cancellationToken)
    {
        var refreshToken = OpaqueTokens.New();
        var session = NewSession(account, client, OpaqueTokens.Hash(refreshToken));
        await SaveNewAsync(session, cancellationToken);
        return Tokens(account, session, refreshToken);
    }

    /// <summary>New tokens for a refresh token, or null: unknown, expired, revoked, replayed (which closes the session) or an inactive operator.</summary>
    public async Task<TokenPair?> RefreshAsync(string? refreshToken, ClientInfo client, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(refreshToken))
        {
            return null;
        }

        var hash = OpaqueTokens.Hash(refreshToken);
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        var session = await db.PlatformOperatorSessions
            .Include(s => s.Operator)
            .FirstOrDefaultAsync(s => s.RefreshTokenHash == hash || s.PreviousRefreshTokenHash == hash, cancellationToken);
        if (session is null || !session.IsOpen(Now))
        {
            return null;
        }

        var next = OpaqueTokens.New();
        if (!session.Operator.IsActive || !session.TryRotate(hash, OpaqueTokens.Hash(next), Now, TimeSpan.FromDays(options.Value.SessionDays)))
        {
            session.RevokedAt = Now;
            PlatformAuditLog.Add(
                db,
                new AuditEvent(SecurityEvents.SessionRevoked, PlatformAuditLog.Module, nameof(PlatformOperatorSession), session.Id.ToString(),
                    new Dictionary<string, string?>(StringComparer.Ordinal)
                    {
                        ["reason"] = session.Operator.IsActive ? "refresh token replayed" : "operator inactive",
                    }),
                tenantId: null, session.OperatorId, session.Operator.Email, client, time);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Tokens(session.Operator, session, next);
    }

    /// <summary>Closes the operator's session: its refresh token, access tokens and cookie stop working at once.</summary>
    public async Task RevokeAsync(Guid operatorId, Guid sessionId, ClientInfo client, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        var session = await db.PlatformOperatorSessions
            .Include(s => s.Operator)
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.OperatorId == operatorId && s.RevokedAt == null, cancellationToken);
        if (session is null)
        {
            return;
        }

        session.RevokedAt = Now;
        PlatformAuditLog.Add(
            db, new AuditEvent(SecurityEvents.Logout, PlatformAuditLog.Module, nameof(PlatformOperatorSession), session.Id.ToString()),
            tenantId: null, operatorId, session.Operator.Email, client, time);
        await db.SaveChangesAsync(cancellationToken);
    }

    private TokenPair Tokens(PlatformOperator account, PlatformOperatorSession session, string refreshToken)
    {
        var access = issuer.Issue(OperatorClaims.For(account, session), AccessTokenIssuer.PlatformAudience);
        return new TokenPair(access.Value, refreshToken, access.ExpiresIn);
    }

    private PlatformOperatorSession NewSession(PlatformOperator account, ClientInfo client, string? refreshTokenHash) => new()
    {
        OperatorId = account.Id,
        RefreshTokenHash = refreshTokenHash,
        IpAddress = client.IpAddress,
        UserAgent = client.UserAgent,
        CreatedAt = Now,
        LastSeenAt = Now,
        ExpiresAt = Now.AddDays(options.Value.SessionDays),
    };

    private async Task SaveNewAsync(PlatformOperatorSession session, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        db.PlatformOperatorSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
    }
}
