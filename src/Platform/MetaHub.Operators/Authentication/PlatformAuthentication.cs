namespace MetaHub.Operators.Authentication;

/// <summary>
/// The operators' own authentication, beside the tenants' and never mixed with it: a bearer token
/// whose audience is the platform, or a cookie that only <c>/platform</c> pages receive.
/// </summary>
public static class PlatformAuthentication
{
    /// <summary>Signs an operator in with a bearer token when the request carries one, else with the operator cookie.</summary>
    public const string Scheme = "MetaHub.Platform";

    public const string BearerScheme = "MetaHub.Platform.Bearer";

    public const string CookieScheme = "MetaHub.Platform.Cookie";

    /// <summary>Where the operator cookie is sent, and the operators' pages live.</summary>
    public const string AreaPath = "/platform";

    public const string LoginPath = "/platform/login";
}
