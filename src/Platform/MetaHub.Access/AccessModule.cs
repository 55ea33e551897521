using MetaHub.Access.Data;
using MetaHub.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access;

/// <summary>Companies, users, roles and audit of a tenant (SPEC §5).</summary>
public sealed class AccessModule : IModule
{
    public string Code => "access";

    public void ConfigureTenantModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new CompanyConfiguration());
}
