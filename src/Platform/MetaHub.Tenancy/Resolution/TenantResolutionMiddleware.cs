using System.Globalization;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// Resolves the tenant of every request (SPEC §2.1), refuses unknown, suspended and provisioning
/// tenants, and puts the tenant on every log line of the request.
/// </summary>
internal sealed partial class TenantResolutionMiddleware(
    RequestDelegate next,
    TenantResolver resolver,
    IProblemDetailsService problemDetails,
    IStringLocalizer<TenancyResources> localizer,
    IHostEnvironment environment,
    IOptions<TenancyOptions> options,
    ILogger<TenantResolutionMiddleware> logger)
{
    public const string TenantHeader = "x-tenant";

    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        // Public platform endpoints never touch the catalog: a liveness probe must answer even
        // when the catalog database is down.
        if (context.GetEndpoint()?.Metadata.GetMetadata<TenantNotRequiredAttribute>() is not null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var header = request.Headers[TenantHeader].ToString();
        var resolution = await resolver.ResolveAsync(
            header, request.Host.Value, request.Headers.Origin.ToString(), request.Headers.Referer.ToString(), context.RequestAborted);

        if (resolution.Entry is not { } entry)
        {
            LogResolvingFailed(logger, request.Host.Value ?? "", header);
            await WriteNotFoundAsync(context, request.Host.Value ?? "", header);
            return;
        }

        tenantContext.Set(entry);
        context.Features.Set(entry);

        if (entry.Info.Status != TenantStatus.Active)
        {
            await WriteUnavailableAsync(context, entry.Info);
            return;
        }

        using (logger.BeginScope(entry.LogScope))
        {
            LogResolved(logger, entry.Info.Slug, resolution.Source);
            await next(context);
        }
    }

    private Task WriteNotFoundAsync(HttpContext context, string host, string header)
    {
        var message = localizer["tenant.resolve.fail", host, header].Value;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = localizer["tenant.resolve.title"],
            Detail = environment.IsProduction()
                ? "Tenant slug not found on request object."
                : "Tenant slug not found in DEV environment. Please check your request and tenant setup.",
            Extensions = { ["success"] = false, ["message"] = message },
        };
        return WriteAsync(context, problem);
    }

    private Task WriteUnavailableAsync(HttpContext context, TenantInfo tenant)
    {
        var provisioning = tenant.Status == TenantStatus.Provisioning;
        var messageKey = tenant.Status switch
        {
            TenantStatus.Provisioning => "tenant.provisioning",
            TenantStatus.Suspended => "tenant.suspended",
            _ => "tenant.inactive",
        };
        var message = localizer[messageKey, tenant.Name].Value;
        if (provisioning)
        {
            context.Response.Headers.RetryAfter = options.Value.ProvisioningRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails
        {
            Status = provisioning ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status403Forbidden,
            Title = localizer[provisioning ? "tenant.provisioning.title" : "tenant.unavailable.title"],
            Detail = message,
            Extensions = { ["success"] = false, ["message"] = message, ["tenantStatus"] = tenant.Status.ToString() },
        };
        return WriteAsync(context, problem);
    }

    private async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "[TENANT] Resolved {Tenant} by {Source}")]
    private static partial void LogResolved(ILogger logger, string tenant, TenantResolutionSource source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "[TENANT] Resolving failed {Host} {TenantHeader}")]
    private static partial void LogResolvingFailed(ILogger logger, string host, string tenantHeader);
}
