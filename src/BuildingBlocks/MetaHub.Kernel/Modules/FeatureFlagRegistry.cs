using System.Collections.Frozen;
using MetaHub.Kernel.Data;

namespace MetaHub.Kernel.Modules;

/// <summary>Every module's declared feature flags, collected once per process.</summary>
public sealed class FeatureFlagRegistry
{
    private readonly FrozenDictionary<string, FeatureFlagDefinition> byCode;

    public FeatureFlagRegistry(TenantModelConfiguration modules)
    {
        foreach (var module in modules.Modules)
        {
            foreach (var flag in module.FeatureFlags)
            {
                if (!string.Equals(flag.Module, module.Code, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Module '{module.Code}' declares flag '{flag.Code}' of another module.");
                }

                if (flag.Key.Length > FeatureFlagDefinition.KeyMaxLength || !IsKey(flag.Key))
                {
                    throw new InvalidOperationException($"Flag key '{flag.Key}' of module '{module.Code}' must be lower-case letters, digits and dashes, at most {FeatureFlagDefinition.KeyMaxLength}.");
                }
            }
        }

        All = [.. modules.Modules.SelectMany(m => m.FeatureFlags)];
        var duplicate = All.GroupBy(f => f.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Feature flag '{duplicate.Key}' is declared twice.");
        }

        byCode = All.ToFrozenDictionary(f => f.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<FeatureFlagDefinition> All { get; }

    /// <summary>The flags a module declares, in its order.</summary>
    public IReadOnlyList<FeatureFlagDefinition> Of(string module) => [.. All.Where(f => string.Equals(f.Module, module, StringComparison.Ordinal))];

    public FeatureFlagDefinition? Find(string module, string key) => byCode.GetValueOrDefault(module + "." + key);

    private static bool IsKey(string key) =>
        key.Length > 0 && key[0] != '-' && key[^1] != '-' && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
