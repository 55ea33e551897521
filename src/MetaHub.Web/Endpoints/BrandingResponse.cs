namespace MetaHub.Web.Endpoints;

internal sealed record BrandingResponse(string PrimaryColor, string SecondaryColor, string? LogoUrl, string FaviconUrl);
