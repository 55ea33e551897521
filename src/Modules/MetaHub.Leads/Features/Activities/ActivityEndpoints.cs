using MetaHub.Kernel.Security;
using MetaHub.Leads.Features.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Leads.Features.Activities;

internal static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder leads) =>
        leads.MapPost("/{id:guid}/activity", Add).RequirePermission(LeadPermissions.Edit).WithName("AddLeadActivity")
            .WithSummary("Writes a call, meeting, email, whatsapp, proposal or note to the lead's history; a nextActionDate becomes the lead's next contact date.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Created<LeadActivityItem>> Add(Guid id, ActivityRequest request, LeadActivities activities, CancellationToken cancellationToken)
    {
        var activity = await activities.AddAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/leads/{id}", activity);
    }
}
