using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MetaHub.Access.Authentication;

/// <summary>
/// Bearer tokens are valid only on the tenant that issued them (SPEC §2.1.6): after the signature
/// and lifetime checks, the token's tenant id must equal the tenant this request resolved to, or
/// the request is unauthenticated — a token of tenant A is never served by tenant B.
/// </summary>
internal sealed class TenantBoundBearer(IOptions<AuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Value.Issuer,
            ValidateAudience = false,
            IssuerSigningKey = AccessTokenIssuer.SigningKey(auth.Value),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = "name",
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Tenant;
                var claimed = context.Principal?.FindFirst(MetaHubClaims.TenantId)?.Value;
                if (tenant is null || !Guid.TryParse(claimed, out var tenantId) || tenantId != tenant.Id)
                {
                    context.Fail("The token was issued for another tenant.");
                }

                return Task.CompletedTask;
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(JwtBearerDefaults.AuthenticationScheme, options);
}
