namespace MetaHub.Kernel.Tenancy;

/// <summary>
/// Absolute addresses of the current tenant's pages for mail sent outside a request, e.g. by a
/// background job: a request knows the address it came to, a job only the configured one.
/// </summary>
public interface ITenantLinks
{
    /// <summary>
    /// <paramref name="path"/> (e.g. <c>/customers/{id}</c>) under the tenant's configured public
    /// address (<c>MetaHub:Auth:PublicUrl</c>); null when none is configured, and the mail goes without links.
    /// </summary>
    string? Absolute(string path);
}
