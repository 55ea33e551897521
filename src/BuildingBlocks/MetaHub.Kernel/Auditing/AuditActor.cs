namespace MetaHub.Kernel.Auditing;

/// <summary>Who causes the changes of a unit of work, and from where: what an audit entry records about its author.</summary>
public sealed record AuditActor(Guid? UserId, string? UserName, string? IpAddress, string? UserAgent, string? CorrelationId)
{
    /// <summary>The application itself: seeding, migrations, background jobs.</summary>
    public static readonly AuditActor System = new(null, "system", null, null, null);
}
