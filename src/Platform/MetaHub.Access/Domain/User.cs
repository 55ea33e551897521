using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace MetaHub.Access.Domain;

/// <summary>A person who works in the tenant; memberships give them roles in companies.</summary>
public sealed class User : IdentityUser<Guid>, ITenantOwned
{
    public const int NameMaxLength = 100;

    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid TenantId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime? LastLoginAt { get; set; }

    /// <summary>The last authenticator time step accepted, so a code is never accepted twice.</summary>
    public long? LastTotpTimeStep { get; set; }
}
