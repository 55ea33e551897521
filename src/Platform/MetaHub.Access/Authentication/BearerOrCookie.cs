using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Http;

namespace MetaHub.Access.Authentication;

/// <summary>How MetaHub's policy schemes pick their handler: the bearer token when the request carries one, else the UI cookie (or, for tenants, a module API key first).</summary>
internal static class BearerOrCookie
{
    public static Func<HttpContext, string?> Selector(string bearerScheme, string cookieScheme) => context =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? bearerScheme
            : cookieScheme;

    /// <summary>The tenant side's choice: a module API key when the request carries one, else bearer or cookie.</summary>
    public static Func<HttpContext, string?> Selector(string apiKeyScheme, string bearerScheme, string cookieScheme)
    {
        var bearerOrCookie = Selector(bearerScheme, cookieScheme);
        return context => context.Request.Headers.ContainsKey(ModuleApiKeyFormat.Header) ? apiKeyScheme : bearerOrCookie(context);
    }
}
