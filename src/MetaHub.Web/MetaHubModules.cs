using MetaHub.Access;
using MetaHub.Customers;
using MetaHub.Kernel.Modules;

namespace MetaHub.Web;

/// <summary>Every module of the product, in menu order. Adding a module means adding it here.</summary>
internal static class MetaHubModules
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new AccessModule(),
        new CustomersModule(),
    ];
}
