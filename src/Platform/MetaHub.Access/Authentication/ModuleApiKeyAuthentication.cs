using System.Security.Claims;
using System.Text.Encodings.Web;
using MetaHub.Access.Authorization;
using MetaHub.Access.Resources;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MetaHub.Access.Authentication;

/// <summary>
/// Requests carrying <see cref="ModuleApiKeyFormat.Header"/> (SPEC §4.9): the key is found by its
/// prefix, its hash compared in constant time, and it is refused when revoked, expired, issued for
/// another tenant than the request's, or sent from outside the tenant's IP allow-list. A valid key
/// becomes a caller without user or company that holds only its module's permissions its scopes
/// allow (none while the tenant has the module switched off); <see cref="ModuleApiKeyAuthorization"/>
/// keeps it to its module's endpoints. The key itself is never logged.
/// </summary>
internal sealed class ModuleApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ModuleApiKey";
    public const string ModuleClaim = "module";
    public const string KeyIdClaim = "api_key";

    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[ModuleApiKeyFormat.Header].ToString();
        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var services = Context.RequestServices;
        var tenantContext = services.GetRequiredService<ITenantContext>();
        if (tenantContext.Tenant is not { } tenant || ModuleApiKeyFormat.PrefixOf(presented) is not { } prefix)
        {
            return AuthenticateResult.Fail("No tenant, or not a module API key.");
        }

        var store = services.GetRequiredService<IModuleApiKeyStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var client = ClientInfo.From(Context);
        var key = await store.FindAsync(prefix, Context.RequestAborted);
        if (key is null
            || !ModuleApiKeyFormat.Matches(presented, key.SecretHash)
            || key.RevokedAt is not null
            || key.ExpiresAt <= now
            || key.TenantId != tenant.Id
            || !tenant.Security.Allows(client.Address))
        {
            return AuthenticateResult.Fail($"Module API key {prefix} refused.");
        }

        var enabled = tenant.Module(key.Module) is { } module ? module.Enabled : tenant.EnabledModules.Contains(key.Module);
        var registry = services.GetRequiredService<PermissionRegistry>();
        IReadOnlySet<string> permissions = !enabled ? new HashSet<string>(StringComparer.Ordinal)
            : key.Scopes.Contains(ModuleApiKeyFormat.WriteScope, StringComparer.Ordinal) ? registry.OfModule(key.Module, readOnly: false)
            : key.Scopes.Contains(ModuleApiKeyFormat.ReadScope, StringComparer.Ordinal) ? registry.OfModule(key.Module, readOnly: true)
            : new HashSet<string>(StringComparer.Ordinal);
        services.GetRequiredService<CurrentUser>().SetApiKey(key.Module, key.Prefix, permissions);
        tenantContext.UseScope(DataScope.ForTenant(tenant.Id));
        var name = $"{key.Name} ({ModuleApiKeyFormat.Marker}{key.Prefix})";
        tenantContext.UseActor(new AuditActor(null, name, client.IpAddress, client.UserAgent, client.CorrelationId));

        if (key.LastUsedAt is not { } lastUsed || now - lastUsed >= UsageResolution)
        {
            await store.TouchAsync(key.Id, now, Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(KeyIdClaim, key.Id.ToString()),
                new Claim(ModuleClaim, key.Module),
                new Claim(JwtRegisteredClaimNames.Name, name),
                new Claim(MetaHubClaims.TenantId, tenant.Id.ToString()),
                new Claim(MetaHubClaims.Tenant, tenant.Slug),
            ],
            SchemeName,
            JwtRegisteredClaimNames.Name,
            null);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>A missing, unknown, revoked, expired or foreign key: 401 problem details that do not say which.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var localizer = Context.RequestServices.GetRequiredService<IStringLocalizer<AccessResources>>();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = localizer["apiKeys.invalid.title"],
                Detail = localizer["apiKeys.invalid"],
            },
        });
    }
}
