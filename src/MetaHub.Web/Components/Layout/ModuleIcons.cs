using System.Collections.Frozen;
using System.Reflection;
using MudBlazor;

namespace MetaHub.Web.Components.Layout;

/// <summary>A module's icon name (as MudBlazor's <c>Icons.Material.Outlined</c> spells it) as the icon itself.</summary>
internal static class ModuleIcons
{
    private static readonly FrozenDictionary<string, string> Outlined = typeof(Icons.Material.Outlined)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(string))
        .ToFrozenDictionary(f => f.Name, f => (string)f.GetValue(null)!, StringComparer.Ordinal);

    public static string For(string name) => Outlined.GetValueOrDefault(name) ?? Icons.Material.Outlined.Extension;
}
