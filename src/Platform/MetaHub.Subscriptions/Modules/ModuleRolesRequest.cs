namespace MetaHub.Subscriptions.Modules;

/// <summary>Role keys that may use a module; <c>onSetting</c> sets the tenant's override instead of its default (an empty override clears it).</summary>
internal sealed record ModuleRolesRequest(IReadOnlyList<string>? Roles, bool OnSetting);
