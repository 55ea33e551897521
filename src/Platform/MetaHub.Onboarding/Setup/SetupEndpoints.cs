using MetaHub.Access.Authorization;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Onboarding.Setup;

/// <summary>The packages on offer, completing the setup wizard, and the modules a user may use.</summary>
internal static class SetupEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/public/packages", Packages).WithTags("Setup").WithMetadata(new TenantNotRequiredAttribute()).AllowAnonymous()
            .WithName("ListPackages").WithSummary("The packages a new tenant can choose, with their modules and prices.");
        endpoints.MapPost("/api/setup/complete-setup", Complete).WithTags("Setup").RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("CompleteSetup").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Creates the subscription (Trial, 14 days) with the chosen modules and the first company's details, all or nothing.");
        endpoints.MapGet("/api/tenant/user-modules/active", ActiveModules).WithTags("Setup").RequireAuthorization()
            .WithName("ActiveUserModules").WithSummary("The subscription's modules, each marked active when the tenant has it and the user may use it.");
    }

    private static async Task<Ok<IReadOnlyList<PackageResponse>>> Packages(SetupService setup, CancellationToken cancellationToken) =>
        TypedResults.Ok(await setup.PackagesAsync(cancellationToken));

    private static async Task<Ok<CompleteSetupResponse>> Complete(CompleteSetupRequest request, SetupService setup, CancellationToken cancellationToken) =>
        TypedResults.Ok(await setup.CompleteAsync(request, cancellationToken));

    private static async Task<Ok<ActiveModulesResponse>> ActiveModules(SetupService setup, CancellationToken cancellationToken) =>
        TypedResults.Ok(await setup.ActiveModulesAsync(cancellationToken));
}
