using MetaHub.Access.Resources;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Authorization;

/// <summary>
/// A signed-in user refused by a permission policy: the refusal goes into the audit log (the
/// tenant's, or the platform's for an operator) as <c>ACCESS_DENIED</c> (which permission, which
/// path), and an API caller gets 403 problem details.
/// </summary>
internal sealed class AccessDeniedResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var missing = string.Join(", ", authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<PermissionRequirement>().Select(r => r.Code) ?? []);
        var services = context.RequestServices;
        var details = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["permission"] = missing,
            ["method"] = context.Request.Method,
            ["path"] = context.Request.Path.Value,
        };
        var apiKey = services.GetRequiredService<CurrentUser>();
        var keyRefusal = authorizeResult.AuthorizationFailure?.FailureReasons.FirstOrDefault(r => r.Handler is ModuleApiKeyAuthorization)?.Message;
        if (apiKey.ApiKeyModule is { } keyModule)
        {
            details["apiKey"] = ModuleApiKeyFormat.Marker + apiKey.ApiKeyPrefix;
            details["apiKeyModule"] = keyModule;
        }
        if (services.GetRequiredService<ITenantContext>().Tenant is null)
        {
            // No tenant: the platform operators' area, whose refusals belong to the platform's audit log.
            await services.GetRequiredService<IPlatformAuditLog>().RecordAsync(
                new AuditEvent(SecurityEvents.AccessDenied, "platform", Details: details), tenantId: null, context.RequestAborted);
        }
        else
        {
            await services.GetRequiredService<IAuditLog>().RecordAsync(
                new AuditEvent(
                    SecurityEvents.AccessDenied,
                    keyRefusal is not null ? apiKey.ApiKeyModule! : missing.Length > 0 ? missing[..missing.IndexOf('.', StringComparison.Ordinal)] : "access",
                    Details: details),
                context.RequestAborted);
        }

        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var localizer = services.GetRequiredService<IStringLocalizer<AccessResources>>();
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await services.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = localizer["access.denied.title"],
                Detail = keyRefusal is not null ? localizer[keyRefusal, apiKey.ApiKeyModule!] : localizer["access.denied", missing],
            },
        });
    }
}
