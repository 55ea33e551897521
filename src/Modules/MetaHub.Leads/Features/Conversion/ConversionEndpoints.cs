using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Leads.Features.Conversion;

internal static class ConversionEndpoints
{
    public static void Map(RouteGroupBuilder leads) =>
        leads.MapPost("/{id:guid}/convert", Convert).RequirePermission(LeadPermissions.Edit).WithName("ConvertLead")
            .WithSummary("Makes the lead a customer (with its contact person as the primary contact) and marks it won; needs customers.create too; "
                + "a lead is converted once.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ConversionResponse>> Convert(Guid id, LeadConversion conversion, CancellationToken cancellationToken) =>
        TypedResults.Ok(await conversion.ConvertAsync(id, cancellationToken));
}
