using MetaHub.Access.Authentication;
using MetaHub.Operators.Sessions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.Operators.Authentication;

/// <summary>
/// Operators' bearer tokens: signed like every MetaHub token but with the platform's audience, so
/// a tenant user's token (whatever its role) is refused here and an operator's token by every
/// tenant API. After the checks, <see cref="OperatorValidator"/> confirms the session is open and
/// the operator still active.
/// </summary>
internal sealed class OperatorBearer(IOptions<AuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != PlatformAuthentication.BearerScheme)
        {
            return;
        }

        AccessTokenIssuer.ConfigureBearer(options, auth.Value, AccessTokenIssuer.PlatformAudience, (http, principal) =>
            http.RequestServices.GetRequiredService<OperatorValidator>().ValidateAsync(principal, http.RequestAborted));
    }

    public void Configure(JwtBearerOptions options) => Configure(PlatformAuthentication.BearerScheme, options);
}
