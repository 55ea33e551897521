using System.Text.Json;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Security;
using MetaHub.Operators.Authentication;
using MetaHub.Operators.Sessions;
using MetaHub.Subscriptions.Modules;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace MetaHub.Web.Endpoints;

/// <summary>The operators' pages' form posts: sign out.</summary>
internal static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var platform = endpoints.MapGroup(PlatformAuthentication.AreaPath)
            .WithMetadata(new TenantNotRequiredAttribute(), new RequireAntiforgeryTokenAttribute())
            .RequirePlatformOperator()
            .ExcludeFromDescription();
        platform.MapPost("/logout", Logout);
        platform.MapGet("/modules/export", ExportModules);
    }

    /// <summary>The module export page's download: one tenant's (by slug) or every tenant's metas and settings as a JSON file.</summary>
    private static async Task<IResult> ExportModules(ModuleTransfer transfer, ModuleFlags flags, CancellationToken cancellationToken, string? tenant = null)
    {
        Guid? tenantId = null;
        if (!string.IsNullOrWhiteSpace(tenant))
        {
            tenantId = await flags.TenantIdAsync(tenant, cancellationToken);
            if (tenantId is null)
            {
                return Results.NotFound();
            }
        }

        var document = await transfer.ExportAsync(tenantId, cancellationToken);
        var name = $"modules-{(tenantId is null ? "all" : tenant!.Trim().ToLowerInvariant())}-{document.ExportedAt:yyyyMMdd-HHmmss}.json";
        return Results.File(JsonSerializer.SerializeToUtf8Bytes(document, ExportJson), "application/json", name);
    }

    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static async Task<IResult> Logout(HttpContext http, OperatorSessions sessions, CurrentOperator current, CancellationToken cancellationToken)
    {
        await sessions.RevokeAsync(current.OperatorId!.Value, current.SessionId!.Value, ClientInfo.From(http), cancellationToken);
        await http.SignOutAsync(PlatformAuthentication.CookieScheme);
        return Results.Redirect(PlatformAuthentication.LoginPath);
    }
}
