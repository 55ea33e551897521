using MetaHub.Customers.Data;
using MetaHub.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Customers;

/// <summary>Customers of the agency's companies (SPEC §6).</summary>
public sealed class CustomersModule : IModule
{
    public string Code => "customers";

    public void ConfigureTenantModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new CustomerConfiguration());
}
