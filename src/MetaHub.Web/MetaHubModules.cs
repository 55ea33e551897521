using MetaHub.Access;
using MetaHub.Customers;
using MetaHub.Kernel.Modules;
using MetaHub.Leads;

namespace MetaHub.Web;

/// <summary>Every module of the product, in menu order. Adding a module means adding it here.</summary>
internal static class MetaHubModules
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new AccessModule(),
        new CustomersModule(),
        new LeadsModule(),
    ];

    /// <summary>The assemblies besides the host's whose pages the router serves.</summary>
    public static System.Reflection.Assembly[] PageAssemblies { get; } =
        [.. All.Select(m => m.GetType().Assembly).Where(a => a != typeof(MetaHubModules).Assembly).Distinct()];
}
