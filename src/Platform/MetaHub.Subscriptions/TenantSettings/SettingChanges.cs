using MetaHub.Subscriptions.Modules;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Subscriptions.TenantSettings;

/// <summary>The fields of a module setting a request changes: old and new value for the history and audit, and how to apply each.</summary>
internal sealed class SettingChanges
{
    private readonly List<(string Field, string? OldValue, string? NewValue)> fields = [];
    private readonly List<Action<ModuleSetting>> updates = [];

    public int Count => fields.Count;

    public static string Arrow(string? oldValue, string? newValue) => $"{oldValue ?? ""} → {newValue ?? ""}";

    public void Add(string field, string? oldValue, string? newValue, Action<ModuleSetting> apply)
    {
        fields.Add((field, oldValue, newValue));
        updates.Add(apply);
    }

    /// <summary>A switch the request sets (a null leaves it) to a value other than the setting's.</summary>
    public void Flag(string field, bool? current, bool? wanted, Action<ModuleSetting, bool> apply)
    {
        if (wanted is { } value && current != value)
        {
            Add(field, ModuleRecords.Show(current), ModuleRecords.Show(value), s => apply(s, value));
        }
    }

    /// <summary>A two-language text, recorded per language that differs.</summary>
    public void Text(string field, TranslatedText current, TranslatedText? wanted, Action<ModuleSetting, TranslatedText> apply)
    {
        if (wanted is null || wanted == current)
        {
            return;
        }

        if (!string.Equals(current.Tr, wanted.Tr, StringComparison.Ordinal))
        {
            fields.Add(($"{field}.tr", current.Tr, wanted.Tr));
        }

        if (!string.Equals(current.En, wanted.En, StringComparison.Ordinal))
        {
            fields.Add(($"{field}.en", current.En, wanted.En));
        }

        updates.Add(s => apply(s, wanted));
    }

    public void ApplyTo(ModuleSetting setting, Action<string, string?, string?> record)
    {
        foreach (var update in updates)
        {
            update(setting);
        }

        foreach (var (field, oldValue, newValue) in fields)
        {
            record(field, oldValue, newValue);
        }
    }

    public Dictionary<string, string?> Details() =>
        fields.ToDictionary(f => f.Field, f => (string?)Arrow(f.OldValue, f.NewValue), StringComparer.Ordinal);
}
