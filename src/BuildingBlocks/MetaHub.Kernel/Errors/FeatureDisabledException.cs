using MetaHub.Kernel.Modules;

namespace MetaHub.Kernel.Errors;

/// <summary>The feature is switched off for the tenant (mapped to 403 with a localised message).</summary>
public sealed class FeatureDisabledException(FeatureFlagDefinition flag) : Exception($"Feature '{flag.Code}' is switched off for this tenant.")
{
    public FeatureFlagDefinition Flag { get; } = flag;
}
