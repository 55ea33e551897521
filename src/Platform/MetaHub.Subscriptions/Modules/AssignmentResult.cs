namespace MetaHub.Subscriptions.Modules;

/// <summary>What assigning or unassigning one module to one tenant did.</summary>
internal sealed record AssignmentResult(Guid TenantId, string Module, AssignmentStatus Status, string? Message);
