using System.Security.Claims;
using MetaHub.Tenancy.Catalog;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MetaHub.Operators.Authentication;

/// <summary>What an operator's access token and cookie say: the operator and the session, and no tenant.</summary>
internal static class OperatorClaims
{
    public static List<Claim> For(PlatformOperator account, PlatformOperatorSession session) =>
    [
        new(JwtRegisteredClaimNames.Sub, account.Id.ToString()),
        new(JwtRegisteredClaimNames.Sid, session.Id.ToString()),
        new(JwtRegisteredClaimNames.Email, account.Email),
        new(JwtRegisteredClaimNames.Name, account.Name),
    ];

    /// <summary>The operator and session a principal names, or null when it names none.</summary>
    public static (Guid OperatorId, Guid SessionId)? Read(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), out var operatorId)
        && Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sid), out var sessionId)
            ? (operatorId, sessionId)
            : null;
}
