using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Leads.Features.Browse;

internal static class BrowseEndpoints
{
    public static void Map(RouteGroupBuilder leads)
    {
        leads.MapGet("", List).RequirePermission(LeadPermissions.View).WithName("ListLeads")
            .WithSummary("The company's leads, a page at a time; search in company, contact, email and phone; filter by status, source and assigneeId; "
                + "sort by companyName, createdAt, nextContactDate, expectedValue or status (prefix - for descending).")
            .ProducesValidationProblem();
        leads.MapGet("/{id:guid}", Get).RequirePermission(LeadPermissions.View).WithName("GetLead")
            .WithSummary("A lead with its activities, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedResult<LeadListItem>>> List(
        string? search, string? status, string? source, Guid? assigneeId, string? sort, int? page, int? pageSize, LeadBrowser browser,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await browser.ListAsync(new LeadListQuery(search, status, source, assigneeId, sort, page, pageSize), cancellationToken));

    private static async Task<Ok<LeadDetails>> Get(Guid id, LeadBrowser browser, CancellationToken cancellationToken) =>
        TypedResults.Ok(await browser.GetAsync(id, cancellationToken));
}
