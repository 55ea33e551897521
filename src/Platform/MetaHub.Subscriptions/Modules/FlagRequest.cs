namespace MetaHub.Subscriptions.Modules;

/// <summary>The tenant's switch for a flag.</summary>
internal sealed record FlagRequest(bool? Enabled);
