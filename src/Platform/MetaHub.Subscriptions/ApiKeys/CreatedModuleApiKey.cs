namespace MetaHub.Subscriptions.ApiKeys;

/// <summary>A key just created, with the whole key in <see cref="Key"/>: the only time it is ever shown.</summary>
public sealed record CreatedModuleApiKey(ModuleApiKeyResponse Details, string Key);
