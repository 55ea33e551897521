using MetaHub.Kernel.Errors;
using MetaHub.Onboarding.Resources;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>Provisioning progress for clients that poll or reconnect, and "try again" after a failure.</summary>
internal static class ProvisioningEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var registrations = endpoints.MapGroup("/api/public/tenant-registration").WithTags("Sign-up")
            .WithMetadata(new TenantNotRequiredAttribute()).AllowAnonymous();
        registrations.MapGet("/{id:guid}/status", Status).WithName("GetProvisioningStatus")
            .WithSummary("Where provisioning of a verified sign-up stands: step, percentage, completion or the error.");
        registrations.MapPost("/{id:guid}/retry", Retry).WithName("RetryProvisioning")
            .WithSummary("Runs provisioning again after a failure; what the failed attempt left behind is removed first.");
    }

    private static async Task<Results<Ok<ProvisioningProgress>, NotFound>> Status(Guid id, ProvisioningStatus status, CancellationToken cancellationToken) =>
        await status.GetAsync(id, cancellationToken) is { } progress ? TypedResults.Ok(progress) : TypedResults.NotFound();

    private static async Task<Accepted<ProvisioningProgress>> Retry(
        Guid id,
        Microsoft.EntityFrameworkCore.IDbContextFactory<CatalogDbContext> catalog,
        ProvisioningScheduler scheduler,
        ProvisioningStatus status,
        IStringLocalizer<ProvisioningResources> localizer,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        await using (var db = await catalog.CreateDbContextAsync(cancellationToken))
        {
            var registration = await db.TenantRegistrations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new NotFoundException(localizer["notFound"]);
            if (registration.Status != RegistrationStatus.Failed)
            {
                throw new ConflictException(localizer["retryRefused"]);
            }

            // The error message stays until the next attempt starts: it tells that attempt to clean up first.
            registration.Status = RegistrationStatus.Provisioning;
            registration.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        await scheduler.ScheduleAsync(id, cancellationToken);
        return TypedResults.Accepted($"/api/public/tenant-registration/{id}/status", (await status.GetAsync(id, cancellationToken))!);
    }
}
