using MetaHub.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Kernel.Data;

/// <summary>The modules whose tables make up the tenant database; one instance per process.</summary>
public sealed class TenantModelConfiguration(IReadOnlyList<IModule> modules)
{
    public IReadOnlyList<IModule> Modules { get; } = modules;

    public void Configure(ModelBuilder modelBuilder)
    {
        foreach (var module in Modules)
        {
            module.ConfigureTenantModel(modelBuilder);
        }
    }
}
