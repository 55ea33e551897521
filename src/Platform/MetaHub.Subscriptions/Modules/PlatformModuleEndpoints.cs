using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Subscriptions.Modules;

/// <summary>The operator's module operations (SPEC §4) under <c>/api/platform/modules</c>.</summary>
internal static class PlatformModuleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var modules = endpoints.MapGroup("/api/platform/modules").WithTags("Platform: modules")
            .WithMetadata(new TenantNotRequiredAttribute()).RequirePlatformOperator();

        modules.MapGet("/health", Health).WithName("ModuleHealth")
            .WithSummary("Tenants missing a module's meta or setting, and records of modules the platform no longer has.");
        modules.MapPost("/repair", Repair).WithName("RepairModules")
            .WithSummary("Creates every missing meta and setting; with cleanupOrphans=true also deletes orphaned records. Idempotent.");
        modules.MapGet("/history", History).WithName("ModuleHistory")
            .WithSummary("Changes to tenants' modules, newest first: who, what, when, old → new.");
        modules.MapPut("/{module}/tenants/{tenantId:guid}", Assign).WithName("AssignModule")
            .WithSummary("Gives the module to the tenant, creating its meta and setting. Idempotent.");
        modules.MapDelete("/{module}/tenants/{tenantId:guid}", Unassign).WithName("UnassignModule")
            .WithSummary("Hides the module from the tenant through its setting; the tenant's data stays. Idempotent.");
        modules.MapGet("/{module}/tenants/{tenantId:guid}/compare", Compare).WithName("CompareModule")
            .WithSummary("The tenant's module field by field: meta, setting, effective value and its source.");
        modules.MapPut("/{module}/tenants/{tenantId:guid}/roles", Roles).WithName("SetModuleRoles")
            .WithSummary("The roles that may use the module in the tenant, on its meta (default) or setting (override).");
        modules.MapPost("/batch", Batch).WithName("BatchAssignModules")
            .WithSummary("Assigns or unassigns many modules to many tenants, with a result per pair.");
        modules.MapPost("/onboard/{tenantId:guid}", Onboard).WithName("OnboardTenantModules")
            .WithSummary("Gives the tenant a meta and setting for every module, enabled per its subscription. Idempotent.");
        modules.MapGet("/matrix", Matrix).WithName("ModuleMatrix")
            .WithSummary("Tenants × modules: one page of tenants with their enabled modules; filter by text and by a module on or off.");
    }

    private static async Task<Ok<HealthReport>> Health(ModuleManagement management, CancellationToken cancellationToken) =>
        TypedResults.Ok(await management.HealthAsync(cancellationToken));

    private static async Task<Ok<HealthReport>> Repair(ModuleManagement management, CancellationToken cancellationToken, bool cleanupOrphans = false) =>
        TypedResults.Ok(await management.RepairAsync(cleanupOrphans, cancellationToken));

    private static async Task<Ok<PagedResult<ModuleChangeResponse>>> History(
        ModuleQueries queries, CancellationToken cancellationToken, Guid? tenantId = null, string? module = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await queries.HistoryAsync(tenantId, module, page, pageSize, cancellationToken));

    private static async Task<Ok<AssignmentResult>> Assign(string module, Guid tenantId, ModuleManagement management, CancellationToken cancellationToken) =>
        TypedResults.Ok(await management.AssignAsync(tenantId, module, assign: true, cancellationToken));

    private static async Task<Ok<AssignmentResult>> Unassign(string module, Guid tenantId, ModuleManagement management, CancellationToken cancellationToken) =>
        TypedResults.Ok(await management.AssignAsync(tenantId, module, assign: false, cancellationToken));

    private static async Task<Ok<ModuleComparison>> Compare(string module, Guid tenantId, ModuleQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.CompareAsync(tenantId, module, cancellationToken));

    private static async Task<NoContent> Roles(string module, Guid tenantId, ModuleRolesRequest request, ModuleManagement management, CancellationToken cancellationToken)
    {
        await management.SetRolesAsync(tenantId, module, request.Roles, request.OnSetting, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<AssignmentResult>>> Batch(BatchAssignmentRequest request, ModuleManagement management, CancellationToken cancellationToken) =>
        TypedResults.Ok(await management.BatchAsync(request.TenantIds ?? [], request.Modules ?? [], request.Assign, cancellationToken));

    private static async Task<Ok<OnboardingResponse>> Onboard(Guid tenantId, ModuleManagement management, CancellationToken cancellationToken) =>
        TypedResults.Ok(new OnboardingResponse(tenantId, await management.OnboardAsync(tenantId, cancellationToken)));

    private static async Task<Ok<ModuleMatrix>> Matrix(
        ModuleQueries queries, CancellationToken cancellationToken,
        string? search = null, string? module = null, bool? enabled = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await queries.MatrixAsync(search, module, enabled, page, pageSize, cancellationToken));
}
