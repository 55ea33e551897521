using System.Security.Claims;
using MetaHub.Access.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MetaHub.Access.Sessions;

/// <summary>What a token or cookie says about its session: user, session, and the company or group view it works in.</summary>
internal readonly record struct SessionClaims(Guid UserId, Guid SessionId, Guid? CompanyId, bool GroupView)
{
    public static SessionClaims? Read(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sid), out var sessionId))
        {
            return null;
        }

        Guid? companyId = Guid.TryParse(principal.FindFirstValue(MetaHubClaims.CompanyId), out var company) ? company : null;
        var groupView = principal.FindFirstValue(MetaHubClaims.GroupView) == "true";
        return new SessionClaims(userId, sessionId, companyId, groupView);
    }
}
