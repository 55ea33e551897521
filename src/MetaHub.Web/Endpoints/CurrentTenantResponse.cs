namespace MetaHub.Web.Endpoints;

internal sealed record CurrentTenantResponse(string Slug, string Name, IReadOnlyList<string> EnabledModules, BrandingResponse Branding);
