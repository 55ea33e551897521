using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace MetaHub.Access.Domain;

public sealed class UserClaim : IdentityUserClaim<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}
