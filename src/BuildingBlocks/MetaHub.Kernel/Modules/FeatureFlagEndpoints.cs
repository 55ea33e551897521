using MetaHub.Kernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.Kernel.Modules;

/// <summary>Endpoints behind a feature flag: <c>.RequireFeature(AccessFeatureFlags.AuditExport)</c>.</summary>
public static class FeatureFlagEndpoints
{
    /// <summary>Refuses the endpoint (403 with a localised message) while the flag is off for the request's tenant.</summary>
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, FeatureFlagDefinition flag)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            return await http.RequestServices.GetRequiredService<IFeatureFlags>().IsEnabledAsync(flag, http.RequestAborted)
                ? await next(context)
                : throw new FeatureDisabledException(flag);
        });
}
