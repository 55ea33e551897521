using MetaHub.Access.Authorization;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Subscriptions.TenantSettings;

/// <summary><c>/api/v1/modules</c>: the tenant admin's settings of the modules within the subscription.</summary>
internal static class TenantModuleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var modules = endpoints.MapGroup("/api/v1/modules").WithTags("Modules");
        modules.MapGet("", List).RequirePermission(AccessPermissions.SettingsView).WithName("ListTenantModules")
            .WithSummary("Every module as the tenant has it, in the tenant's order: whether the subscription includes it, the values in force and the tenant's own choices (null: inherited).");
        modules.MapPut("/order", Reorder).RequirePermission(AccessPermissions.SettingsEdit).WithName("ReorderTenantModules")
            .WithSummary("Puts the modules in the order given (those left out follow in their current order); answers the new list. Idempotent.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        modules.MapPut("/{code}", Update).RequirePermission(AccessPermissions.SettingsEdit).WithName("UpdateTenantModule")
            .WithSummary("Changes the module's switches, roles (an empty list inherits them) and SEO texts; fields left out stay. A module outside the subscription cannot be enabled, nor a core module disabled. Idempotent.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<TenantModuleResponse>>> List(TenantModuleSettings settings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await settings.ListAsync(cancellationToken));

    private static async Task<Ok<TenantModuleResponse>> Update(string code, ModuleSettingRequest request, TenantModuleSettings settings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await settings.UpdateAsync(code, request, cancellationToken));

    private static async Task<Ok<IReadOnlyList<TenantModuleResponse>>> Reorder(ModuleOrderRequest request, TenantModuleSettings settings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await settings.ReorderAsync(request, cancellationToken));
}
