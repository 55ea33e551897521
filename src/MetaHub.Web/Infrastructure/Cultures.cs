using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace MetaHub.Web.Infrastructure;

/// <summary>The languages MetaHub speaks: Turkish first, English second.</summary>
internal static class Cultures
{
    public const string Default = "tr-TR";

    public static readonly string[] Supported = [Default, "en-US"];

    // Browsers often send just a language ("en"); those map onto the same resources.
    private static readonly string[] Accepted = [.. Supported, "tr", "en"];

    public static void Configure(RequestLocalizationOptions options)
    {
        options.SetDefaultCulture(Default)
            .AddSupportedCultures(Accepted)
            .AddSupportedUICultures(Accepted);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.ApplyCurrentCultureToResponseHeaders = true;
    }

    /// <summary>The link that switches to <paramref name="culture"/> and comes back to <paramref name="returnPath"/>.</summary>
    public static string SwitchHref(string culture, string returnPath) =>
        $"/culture/set?culture={culture}&redirectUri={Uri.EscapeDataString(returnPath)}";

    /// <summary><c>/culture/set?culture=en-US&amp;redirectUri=/</c>: remembers the choice in a cookie.</summary>
    public static IEndpointConventionBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
        {
            if (!Supported.Contains(culture, StringComparer.OrdinalIgnoreCase))
            {
                culture = Default;
            }

            var cultureInfo = CultureInfo.GetCultureInfo(culture);
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(cultureInfo)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

            // Only local paths: the switch must not become an open redirect.
            var target = redirectUri is { Length: > 0 } && redirectUri[0] == '/' && !redirectUri.StartsWith("//", StringComparison.Ordinal)
                && !redirectUri.StartsWith("/\\", StringComparison.Ordinal)
                ? redirectUri
                : "/";
            return TypedResults.LocalRedirect(target);
        }).ExcludeFromDescription();
}
