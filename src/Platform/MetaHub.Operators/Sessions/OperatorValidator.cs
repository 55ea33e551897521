using System.Security.Claims;
using MetaHub.Operators.Authentication;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Operators.Sessions;

/// <summary>
/// Confirms, for each request with an operator's token or cookie, that its session is still open
/// and the operator still active, then puts the operator in place. One query: logging out,
/// revoking or deactivating takes effect on the very next request.
/// </summary>
internal sealed class OperatorValidator(IDbContextFactory<CatalogDbContext> catalogs, CurrentOperator current, TimeProvider time)
{
    public async Task<bool> ValidateAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (OperatorClaims.Read(principal) is not var (operatorId, sessionId))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        var email = await db.PlatformOperatorSessions
            .Where(s => s.Id == sessionId && s.OperatorId == operatorId && s.RevokedAt == null && s.ExpiresAt > now && s.Operator.IsActive)
            .Select(s => s.Operator.Email)
            .FirstOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            return false;
        }

        current.Set(operatorId, sessionId, email);
        return true;
    }
}
