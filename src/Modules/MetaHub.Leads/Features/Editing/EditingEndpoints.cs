using MetaHub.Kernel.Security;
using MetaHub.Leads.Features.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Leads.Features.Editing;

internal static class EditingEndpoints
{
    public static void Map(RouteGroupBuilder leads)
    {
        leads.MapPost("", Create).RequirePermission(LeadPermissions.Create).WithName("CreateLead")
            .WithSummary("Adds a lead; source defaults to other and status to new; a lost lead needs lostReason; the assignee must be a member of the company.")
            .ProducesValidationProblem();
        leads.MapPut("/{id:guid}", Update).RequirePermission(LeadPermissions.Edit).WithName("UpdateLead")
            .WithSummary("Replaces a lead's fields (source and status stay when left out); a changed status is written to its history.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        leads.MapDelete("/{id:guid}", Delete).RequirePermission(LeadPermissions.Delete).WithName("DeleteLead")
            .WithSummary("Deletes a lead and its history; a customer it became stays.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<LeadDetails>> Create(LeadRequest request, LeadEditor editor, LeadBrowser browser, CancellationToken cancellationToken)
    {
        var id = await editor.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/leads/{id}", await browser.GetAsync(id, cancellationToken));
    }

    private static async Task<Ok<LeadDetails>> Update(Guid id, LeadRequest request, LeadEditor editor, LeadBrowser browser, CancellationToken cancellationToken)
    {
        await editor.UpdateAsync(id, request, cancellationToken);
        return TypedResults.Ok(await browser.GetAsync(id, cancellationToken));
    }

    private static async Task<NoContent> Delete(Guid id, LeadEditor editor, CancellationToken cancellationToken)
    {
        await editor.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }
}
