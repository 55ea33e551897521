using MetaHub.Kernel.Security;
using MetaHub.Leads.Features.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Leads.Features.Pipeline;

internal static class PipelineEndpoints
{
    public static void Map(RouteGroupBuilder leads)
    {
        leads.MapGet("/pipeline", Board).RequirePermission(LeadPermissions.View).WithName("GetLeadPipeline")
            .WithSummary("The board: one column per status in pipeline order (new … negotiation, won, lost) with its count, expected-value totals "
                + "per currency and its cards (at most 100; won and lost show the most recent).");
        leads.MapPut("/{id:guid}/status", ChangeStatus).RequirePermission(LeadPermissions.Edit).WithName("ChangeLeadStatus")
            .WithSummary("Moves a lead to another status and writes the move to its history; lost needs lostReason; a converted lead stays won.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<IReadOnlyList<PipelineColumn>>> Board(LeadPipeline pipeline, CancellationToken cancellationToken) =>
        TypedResults.Ok(await pipeline.BoardAsync(cancellationToken));

    private static async Task<Ok<LeadDetails>> ChangeStatus(
        Guid id, StatusRequest request, LeadPipeline pipeline, LeadBrowser browser, CancellationToken cancellationToken)
    {
        await pipeline.ChangeStatusAsync(id, request, cancellationToken);
        return TypedResults.Ok(await browser.GetAsync(id, cancellationToken));
    }
}
