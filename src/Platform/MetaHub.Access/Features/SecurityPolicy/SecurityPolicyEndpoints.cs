using MetaHub.Access.Authorization;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Access.Features.SecurityPolicy;

/// <summary><c>/api/v1/security-policy</c>: the tenant's second-factor rule and IP allow-list.</summary>
internal static class SecurityPolicyEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var policy = endpoints.MapGroup("/api/v1/security-policy").WithTags("Security");
        policy.MapGet("", Get).RequirePermission(AccessPermissions.SettingsView)
            .WithName("GetSecurityPolicy").WithSummary("The tenant's sign-in policy and the caller's own address.");
        policy.MapPut("", Change).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("ChangeSecurityPolicy")
            .WithSummary("Changes the sign-in policy (company owners only); refuses a list that would shut out the caller's address.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<SecurityPolicyResponse>> Get(SecurityPolicyService policies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await policies.GetAsync(cancellationToken));

    private static async Task<NoContent> Change(SecurityPolicyRequest request, SecurityPolicyService policies, CancellationToken cancellationToken)
    {
        await policies.ChangeAsync(request, cancellationToken);
        return TypedResults.NoContent();
    }
}
