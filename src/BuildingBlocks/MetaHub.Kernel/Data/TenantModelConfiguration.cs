using System.Reflection;
using MetaHub.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Kernel.Data;

/// <summary>The modules whose tables make up the tenant database; one instance per process.</summary>
public sealed class TenantModelConfiguration(IReadOnlyList<IModule> modules)
{
    private readonly Dictionary<Assembly, string> moduleByAssembly = modules
        .GroupBy(m => m.GetType().Assembly)
        .ToDictionary(g => g.Key, g => g.First().Code);

    public IReadOnlyList<IModule> Modules { get; } = modules;

    /// <summary>The code of the module an entity type belongs to (the module in whose assembly it lives).</summary>
    public string ModuleOf(Type entityType) => moduleByAssembly.GetValueOrDefault(entityType.Assembly, "platform");

    public void Configure(ModelBuilder modelBuilder)
    {
        foreach (var module in Modules)
        {
            module.ConfigureTenantModel(modelBuilder);
        }
    }
}
