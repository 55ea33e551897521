using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using Microsoft.Extensions.Localization;

namespace MetaHub.Kernel.Modules;

/// <summary>
/// What the modules add to the host's pages for the current user: sidebar links and components by
/// slot. A permission check is enough: a module switched off, or closed to the user's role, has
/// already taken its permissions away.
/// </summary>
public sealed class ModuleParts(TenantModelConfiguration model, ICurrentUser user, IStringLocalizerFactory localizers)
{
    /// <summary>The links of module <paramref name="code"/> the user may follow, with their titles (null: the module's label).</summary>
    public IReadOnlyList<(ModuleMenuEntry Entry, string? Title)> Menu(string code) =>
        model.Modules.FirstOrDefault(m => m.Code == code) is { } module
            ? [.. module.Menu.Where(e => user.HasPermission(e.Permission)).Select(e => (e, e.TitleKey is null ? null : Text(module, e.TitleKey)))]
            : [];

    /// <summary>The components of <paramref name="slot"/> the user may see, in order, with their titles.</summary>
    public IReadOnlyList<(ModuleComponent Component, string Title)> For(ModuleSlot slot) =>
    [
        .. model.Modules
            .SelectMany(m => m.Components.Where(c => c.Slot == slot && user.HasPermission(c.Permission)).Select(c => (c, Text(m, c.TitleKey))))
            .OrderBy(p => p.c.Order),
    ];

    private string Text(IModule module, string key) =>
        module.Resources is { } resources ? localizers.Create(resources).GetString(key) : key;
}
