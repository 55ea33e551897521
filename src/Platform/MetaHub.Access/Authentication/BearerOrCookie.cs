using Microsoft.AspNetCore.Http;

namespace MetaHub.Access.Authentication;

/// <summary>How MetaHub's policy schemes pick their handler: the bearer token when the request carries one, else the UI cookie.</summary>
internal static class BearerOrCookie
{
    public static Func<HttpContext, string?> Selector(string bearerScheme, string cookieScheme) => context =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? bearerScheme
            : cookieScheme;
}
