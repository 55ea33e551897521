using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetaHub.Web.Endpoints;

internal static class TenantEndpoints
{
    public static void MapTenantEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/tenant")
            .WithTags("Tenant")
            .MapGet("/current", GetCurrent)
            .WithName("GetCurrentTenant")
            .WithSummary("The tenant this request resolved to, with its enabled modules and branding.");

        endpoints.MapGet("/favicons/{tenant}.ico", GetFavicon)
            .WithMetadata(new TenantNotRequiredAttribute())
            .ExcludeFromDescription();
    }

    internal static Ok<CurrentTenantResponse> GetCurrent(ITenantContext tenantContext)
    {
        var tenant = tenantContext.Tenant ?? throw new InvalidOperationException("The tenant middleware guarantees a tenant here.");
        return TypedResults.Ok(new CurrentTenantResponse(
            tenant.Slug,
            tenant.Name,
            [.. tenant.EnabledModules.Order(StringComparer.Ordinal)],
            new BrandingResponse(tenant.Branding.PrimaryColor, tenant.Branding.SecondaryColor, tenant.Branding.LogoUrl, $"/favicons/{tenant.Slug}.ico")));
    }

    /// <summary>A tenant's own icon from <c>wwwroot/favicons</c>, else the product's.</summary>
    private static IResult GetFavicon(string tenant, IWebHostEnvironment environment)
    {
        var valid = tenant.Length is > 0 and <= 63 && tenant.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        var file = valid ? environment.WebRootFileProvider.GetFileInfo($"favicons/{tenant}.ico") : null;
        if (file is not { Exists: true })
        {
            file = environment.WebRootFileProvider.GetFileInfo("favicon.ico");
        }

        return file.Exists
            ? TypedResults.Stream(file.CreateReadStream(), "image/x-icon")
            : TypedResults.NotFound();
    }
}
