using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Subscriptions.ApiKeys;

/// <summary>The operator's module API keys (SPEC §4.9) under <c>/api/platform/modules/{module}/tenants/{tenantId}/api-keys</c>.</summary>
internal static class PlatformApiKeyEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.MapGroup("/api/platform/modules/{module}/tenants/{tenantId:guid}/api-keys").WithTags("Platform: modules")
            .WithMetadata(new TenantNotRequiredAttribute()).RequirePlatformOperator();

        keys.MapPost("", Create).WithName("CreateModuleApiKey")
            .WithSummary($"Creates a key for the tenant's module; the answer's 'key' is the only time the whole key is shown. Callers send it as the {ModuleApiKeyFormat.Header} header.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        keys.MapGet("", List).WithName("ListModuleApiKeys")
            .WithSummary("The tenant's keys of the module, newest first: prefix, scopes, expiry, revocation, last use; never a secret.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        keys.MapDelete("/{keyId:guid}", Revoke).WithName("RevokeModuleApiKey")
            .WithSummary("Revokes the key at once. Idempotent.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<CreatedModuleApiKey>> Create(
        string module, Guid tenantId, ModuleApiKeyRequest request, ModuleApiKeys keys, CancellationToken cancellationToken)
    {
        var created = await keys.CreateAsync(tenantId, module, request, cancellationToken);
        return TypedResults.Created($"/api/platform/modules/{module}/tenants/{tenantId}/api-keys", created);
    }

    private static async Task<Ok<IReadOnlyList<ModuleApiKeyResponse>>> List(string module, Guid tenantId, ModuleApiKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(tenantId, module, cancellationToken));

    private static async Task<NoContent> Revoke(string module, Guid tenantId, Guid keyId, ModuleApiKeys keys, CancellationToken cancellationToken)
    {
        await keys.RevokeAsync(tenantId, module, keyId, cancellationToken);
        return TypedResults.NoContent();
    }
}
