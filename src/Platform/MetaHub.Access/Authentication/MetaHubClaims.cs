using System.Security.Claims;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Tenancy;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MetaHub.Access.Authentication;

/// <summary>Claim types of MetaHub's access tokens and UI cookies, and the one place both are filled.</summary>
public static class MetaHubClaims
{
    public const string TenantId = "tid";
    public const string Tenant = "tenant";
    public const string CompanyId = "cid";
    public const string GroupView = "gv";

    /// <summary>The user, the session and what it works in (a company, or the group view), in the tenant that issued it.</summary>
    public static List<Claim> For(User user, TenantInfo tenant, UserSession session)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Sid, session.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email ?? ""),
            new(JwtRegisteredClaimNames.Name, $"{user.FirstName} {user.LastName}"),
            new(TenantId, tenant.Id.ToString()),
            new(Tenant, tenant.Slug),
        };
        if (session.CompanyId is { } company)
        {
            claims.Add(new Claim(CompanyId, company.ToString()));
        }
        else if (session.GroupView)
        {
            claims.Add(new Claim(GroupView, "true"));
        }

        return claims;
    }
}
