using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Access.Domain;

/// <summary>A tenant user's signed-in device, working in a company or the group view.</summary>
public sealed class UserSession : DeviceSession, ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public SessionKind Kind { get; set; }

    public Guid? CompanyId { get; set; }

    public bool GroupView { get; set; }
}
