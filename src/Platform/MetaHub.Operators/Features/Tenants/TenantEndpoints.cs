using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Operators.Features.Tenants;

/// <summary><c>/api/platform/tenants</c>: the platform's tenants, for operators.</summary>
internal static class TenantEndpoints
{
    public static void Map(RouteGroupBuilder platform) =>
        platform.MapGet("/tenants", List).WithTags("Platform tenants").RequirePlatformOperator().WithName("ListPlatformTenants")
            .WithSummary("Every tenant with its status and package; search by slug or name, sort by slug, name, status, package or createdAt (prefix - for descending).");

    private static async Task<Ok<PagedResult<TenantSummary>>> List(
        string? search, string? sort, int? page, int? pageSize, TenantOverview tenants, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tenants.ListAsync(new TenantListQuery(search, sort, page, pageSize), cancellationToken));
}
