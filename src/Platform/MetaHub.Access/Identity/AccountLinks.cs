namespace MetaHub.Access.Identity;

/// <summary>Absolute links into the tenant's app, for emails.</summary>
internal static class AccountLinks
{
    /// <summary>
    /// <paramref name="pathAndQuery"/> under the configured address template (<c>{tenant}</c> = slug) or,
    /// when none is configured, under the address the person acting used.
    /// </summary>
    public static string Absolute(string? publicUrl, string siteUrl, string tenantSlug, string pathAndQuery)
    {
        var root = string.IsNullOrWhiteSpace(publicUrl) ? siteUrl : publicUrl.Replace("{tenant}", tenantSlug, StringComparison.Ordinal);
        return root.TrimEnd('/') + pathAndQuery;
    }
}
