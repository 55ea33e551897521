namespace MetaHub.Subscriptions.TenantSettings;

/// <summary>Module codes in the order the tenant wants them; modules left out follow in their current order.</summary>
internal sealed record ModuleOrderRequest(IReadOnlyList<string>? Modules);
