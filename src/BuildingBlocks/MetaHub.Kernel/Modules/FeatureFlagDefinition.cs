namespace MetaHub.Kernel.Modules;

/// <summary>
/// An optional feature of a module that operators switch per tenant (SPEC §4). Declared in code by
/// its module (<see cref="IModule.FeatureFlags"/>); a tenant without a switch of its own gets
/// <paramref name="DefaultEnabled"/>.
/// </summary>
public sealed record FeatureFlagDefinition(string Module, string Key, bool DefaultEnabled)
{
    /// <summary>Upper bound of a key, as the catalog stores it.</summary>
    public const int KeyMaxLength = 60;

    /// <summary><c>module.key</c>, as in <see cref="Tenancy.TenantInfo.FeatureFlags"/>.</summary>
    public string Code { get; } = Module + "." + Key;
}
