namespace MetaHub.Kernel.Modules;

/// <summary>
/// A Razor component a module lends to a page it does not own: a dashboard widget, or a tab on the
/// customer's detail page (which passes the customer's id as the <c>CustomerId</c> parameter).
/// The host shows it while the module is on for the tenant and the user holds <paramref name="Permission"/>.
/// </summary>
public sealed record ModuleComponent(ModuleSlot Slot, Type Component, string Permission, string TitleKey, int Order = 0);
