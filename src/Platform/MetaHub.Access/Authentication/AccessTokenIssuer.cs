using System.Security.Claims;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Tenancy;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MetaHub.Access.Authentication;

/// <summary>Issues access tokens: the user, the tenant that issued them and, once picked, the company.</summary>
public sealed class AccessTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler handler = new();

    public AccessToken Issue(User user, TenantInfo tenant, Guid? companyId)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            new(JwtRegisteredClaimNames.Email, user.Email ?? ""),
            new(JwtRegisteredClaimNames.Name, $"{user.FirstName} {user.LastName}"),
            new(MetaHubClaims.TenantId, tenant.Id.ToString()),
            new(MetaHubClaims.Tenant, tenant.Slug),
        };
        if (companyId is { } company)
        {
            claims.Add(new Claim(MetaHubClaims.CompanyId, company.ToString()));
        }

        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey(settings), SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }

    internal static SymmetricSecurityKey SigningKey(AuthOptions settings) => new(Convert.FromBase64String(settings.SigningKey));
}
