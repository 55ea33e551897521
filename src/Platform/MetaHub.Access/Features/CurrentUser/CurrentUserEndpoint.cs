using System.Security.Claims;
using MetaHub.Access.Authentication;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MetaHub.Access.Features.CurrentUser;

/// <summary><c>GET /api/auth/me</c>: who the token belongs to, in which tenant and company.</summary>
internal static class CurrentUserEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/auth/me", Handle)
            .RequireAuthorization()
            .WithTags("Auth")
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in user, the tenant and the active company.");

    private static Ok<CurrentUserResponse> Handle(ClaimsPrincipal principal, ITenantContext tenantContext)
    {
        var tenant = tenantContext.Tenant!;
        var companyId = Guid.TryParse(principal.FindFirstValue(MetaHubClaims.CompanyId), out var company) ? company : (Guid?)null;
        return TypedResults.Ok(new CurrentUserResponse(
            new CurrentUserResponse.UserPart(
                Guid.Parse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub)!),
                principal.FindFirstValue(JwtRegisteredClaimNames.Email) ?? "",
                principal.FindFirstValue(JwtRegisteredClaimNames.Name) ?? ""),
            new CurrentUserResponse.TenantPart(tenant.Id, tenant.Slug, tenant.Name),
            companyId));
    }
}
