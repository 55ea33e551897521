namespace MetaHub.Subscriptions.Modules;

/// <summary>Every module of <c>modules</c> assigned to (or, with <c>assign</c> false, taken from) every tenant of <c>tenantIds</c>.</summary>
internal sealed record BatchAssignmentRequest(IReadOnlyList<Guid>? TenantIds, IReadOnlyList<string>? Modules, bool Assign);
