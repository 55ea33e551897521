namespace MetaHub.Subscriptions.Modules;

/// <summary>One entry of the module history: who changed what of which tenant's module, when, old → new.</summary>
internal sealed record ModuleChangeResponse(
    Guid Id, Guid TenantId, string? TenantSlug, string Module, string Action, string? Field, string? OldValue, string? NewValue, string ChangedBy, DateTime ChangedAt);
