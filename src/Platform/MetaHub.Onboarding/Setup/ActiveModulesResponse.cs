namespace MetaHub.Onboarding.Setup;

/// <summary><c>GET /api/tenant/user-modules/active</c>, in the shape of seed 004.</summary>
internal sealed record ActiveModulesResponse(Guid TenantId, IReadOnlyList<ActiveModulesResponse.ModulePart> Modules, string? PackageName, string? SubscriptionStatus)
{
    internal sealed record ModulePart(string Code, string Name, bool IsActive);
}
