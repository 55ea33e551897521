using System.Security.Claims;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MetaHub.Access.Authentication;

/// <summary>
/// Issues and describes MetaHub's access tokens: one issuer and signing key, and an audience that
/// says who may accept the token — a tenant's API, or the platform operators' API, never both.
/// </summary>
public sealed class AccessTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>Tokens of a tenant's users, for the tenant API.</summary>
    public const string TenantAudience = "metahub:tenant";

    /// <summary>Tokens of platform operators, for <c>/api/platform</c>.</summary>
    public const string PlatformAudience = "metahub:platform";

    private readonly JsonWebTokenHandler handler = new();

    /// <summary>A token for a user's session: the user, the tenant that issued it and, once picked, the company.</summary>
    public AccessToken Issue(User user, TenantInfo tenant, UserSession session) =>
        Issue(MetaHubClaims.For(user, tenant, session), TenantAudience);

    public AccessToken Issue(IEnumerable<Claim> claims, string audience)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([.. claims, new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N"))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey(settings), SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }

    /// <summary>
    /// Sets up a bearer scheme for tokens meant for <paramref name="audience"/>: after the signature,
    /// issuer, lifetime and audience checks, <paramref name="sessionIsOpen"/> must confirm the session
    /// the token names, or the request is unauthenticated.
    /// </summary>
    public static void ConfigureBearer(
        JwtBearerOptions options, AuthOptions settings, string audience, Func<HttpContext, ClaimsPrincipal, Task<bool>> sessionIsOpen)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = audience,
            IssuerSigningKey = SigningKey(settings),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = JwtRegisteredClaimNames.Name,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                if (!await sessionIsOpen(context.HttpContext, context.Principal!))
                {
                    context.Fail("The token's session is closed, or the token belongs elsewhere.");
                }
            },
        };
    }

    internal static SymmetricSecurityKey SigningKey(AuthOptions settings) => new(Convert.FromBase64String(settings.SigningKey));
}
