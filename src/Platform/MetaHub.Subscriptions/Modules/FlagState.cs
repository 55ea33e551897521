namespace MetaHub.Subscriptions.Modules;

/// <summary>A module's feature flag for one tenant: its default, the tenant's switch (null: none) and what applies.</summary>
internal sealed record FlagState(string Module, string Key, bool DefaultEnabled, bool? TenantValue, bool Enabled, string? UpdatedBy, DateTime? UpdatedAt);
