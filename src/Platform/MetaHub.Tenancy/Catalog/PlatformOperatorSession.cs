using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A platform operator's signed-in device: an API client with a rotating refresh token, or a browser with the operator cookie.</summary>
public sealed class PlatformOperatorSession : DeviceSession
{
    public Guid OperatorId { get; set; }

    public PlatformOperator Operator { get; set; } = null!;
}
