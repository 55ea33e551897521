using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using MetaHub.Leads.Resources;
using Microsoft.EntityFrameworkCore;
using static MetaHub.Kernel.Security.SystemRoles;

namespace MetaHub.Leads;

/// <summary>Prospective customers: the pipeline, activities and follow-ups, and conversion to a customer (SPEC §6).</summary>
public sealed class LeadsModule : IModule
{
    public string Code => "leads";

    /// <summary>As customers: Owner, Admin, Manager CRUD; Employee read and update; Intern read.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(LeadPermissions.View, Owner | Admin | Manager | Employee | Intern, ReadOnly: true),
        new(LeadPermissions.Create, Owner | Admin | Manager),
        new(LeadPermissions.Edit, Owner | Admin | Manager | Employee),
        new(LeadPermissions.Delete, Owner | Admin | Manager),
    ];

    public Type Resources => typeof(LeadsResources);

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } = [new("/leads", LeadPermissions.View)];

    public void ConfigureTenantModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeadsModule).Assembly);
}
