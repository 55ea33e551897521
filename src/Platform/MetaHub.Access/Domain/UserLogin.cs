using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace MetaHub.Access.Domain;

public sealed class UserLogin : IdentityUserLogin<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}
