using MetaHub.Customers.Data;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using static MetaHub.Kernel.Security.SystemRoles;

namespace MetaHub.Customers;

/// <summary>Customers of the agency's companies (SPEC §6).</summary>
public sealed class CustomersModule : IModule
{
    public string Code => "customers";

    /// <summary>The seed's matrix: Owner, Admin, Manager CRUD; Employee read and update; Intern read.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new("customers.view", Owner | Admin | Manager | Employee | Intern, ReadOnly: true),
        new("customers.create", Owner | Admin | Manager),
        new("customers.edit", Owner | Admin | Manager | Employee),
        new("customers.delete", Owner | Admin | Manager),
    ];

    public void ConfigureTenantModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new CustomerConfiguration());
}
