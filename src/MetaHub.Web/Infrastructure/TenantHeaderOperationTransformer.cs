using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MetaHub.Web.Infrastructure;

/// <summary>Documents the <c>x-tenant</c> header on every tenant-scoped operation, so API clients and the reference UI can send it.</summary>
internal sealed class TenantHeaderOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<TenantNotRequiredAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = TenantResolutionMiddleware.TenantHeader,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Tenant slug. Optional when the request's host (or, on an API domain, its Origin or Referer) names the tenant.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        return Task.CompletedTask;
    }
}
