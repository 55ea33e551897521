using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace MetaHub.Access.Domain;

/// <summary>Identity's per-user tokens: the authenticator key and the hashed recovery codes live here.</summary>
public sealed class UserToken : IdentityUserToken<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}
