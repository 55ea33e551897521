using System.Security.Claims;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Tenancy;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MetaHub.Access.Authentication;

/// <summary>Issues access tokens for a session: the user, the tenant that issued them and, once picked, the company.</summary>
public sealed class AccessTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler handler = new();

    public AccessToken Issue(User user, TenantInfo tenant, UserSession session)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        var claims = MetaHubClaims.For(user, tenant, session);
        claims.Add(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));
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
