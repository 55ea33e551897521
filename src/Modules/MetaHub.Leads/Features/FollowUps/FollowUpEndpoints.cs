using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Leads.Features.FollowUps;

internal static class FollowUpEndpoints
{
    public static void Map(RouteGroupBuilder leads) =>
        leads.MapGet("/today-followups", Due).RequirePermission(LeadPermissions.View).WithName("ListLeadFollowUps")
            .WithSummary("Open leads (not won or lost) whose next contact date is today (UTC) or earlier, oldest first, overdue ones flagged; "
                + "mine=true keeps the caller's own.");

    private static async Task<Ok<PagedResult<FollowUpItem>>> Due(
        bool? mine, int? page, int? pageSize, LeadFollowUps followUps, CancellationToken cancellationToken) =>
        TypedResults.Ok(await followUps.DueAsync(mine == true, page, pageSize, cancellationToken));
}
