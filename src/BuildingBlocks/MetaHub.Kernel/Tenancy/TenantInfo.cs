using System.Collections.Frozen;
using MetaHub.Kernel.Modules;

namespace MetaHub.Kernel.Tenancy;

/// <summary>
/// What the rest of the application may know about the resolved tenant. Immutable and shared
/// between requests, so resolution costs no allocation.
/// </summary>
public sealed record TenantInfo(
    Guid Id,
    string Slug,
    string Name,
    TenantStatus Status,
    IReadOnlySet<string> EnabledModules,
    TenantBranding Branding,
    TenantSecurity Security,
    bool SetupCompleted)
{
    /// <summary>Every module of the platform as this tenant has it, in the tenant's order; <see cref="EnabledModules"/> are the enabled ones.</summary>
    public IReadOnlyList<EffectiveModule> Modules { get; init; } = [];

    /// <summary>The tenant's feature-flag switches by <c>module.key</c>; a flag without one has its default.</summary>
    public IReadOnlyDictionary<string, bool> FeatureFlags { get; init; } = FrozenDictionary<string, bool>.Empty;

    /// <summary>The flag for this tenant: its switch when it has one, else the flag's default.</summary>
    public bool IsEnabled(FeatureFlagDefinition flag) => FeatureFlags.TryGetValue(flag.Code, out var enabled) ? enabled : flag.DefaultEnabled;

    public EffectiveModule? Module(string code) => Modules.FirstOrDefault(m => m.Code == code);
}
