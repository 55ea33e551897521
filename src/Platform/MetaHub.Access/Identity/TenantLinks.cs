using MetaHub.Access.Authentication;
using MetaHub.Kernel.Tenancy;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Identity;

/// <summary><see cref="ITenantLinks"/> over the configured public address, as the account mails build theirs.</summary>
internal sealed class TenantLinks(IOptions<AuthOptions> options, ITenantContext tenant) : ITenantLinks
{
    public string? Absolute(string path) =>
        string.IsNullOrWhiteSpace(options.Value.PublicUrl) || tenant.Tenant is not { } current
            ? null
            : AccountLinks.Absolute(options.Value.PublicUrl, "", current.Slug, path);
}
