using MetaHub.Access.Sessions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Authentication;

/// <summary>
/// Bearer tokens are valid only on the tenant that issued them (SPEC §2.1.6), only when meant for a
/// tenant (a platform operator's token has another audience) and only while their session is open:
/// after the signature, audience and lifetime checks, <see cref="SessionValidator"/> must confirm
/// both, or the request is unauthenticated — a token of tenant A is never served by tenant B.
/// </summary>
internal sealed class TenantBoundBearer(IOptions<AuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        AccessTokenIssuer.ConfigureBearer(options, auth.Value, AccessTokenIssuer.TenantAudience, (http, principal) =>
            http.RequestServices.GetRequiredService<SessionValidator>().ValidateAsync(principal, ClientInfo.From(http), http.RequestAborted));
    }

    public void Configure(JwtBearerOptions options) => Configure(JwtBearerDefaults.AuthenticationScheme, options);
}
