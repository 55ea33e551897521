using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using MetaHub.Leads.Features;
using MetaHub.Leads.Features.Activities;
using MetaHub.Leads.Features.Browse;
using MetaHub.Leads.Features.Conversion;
using MetaHub.Leads.Features.Editing;
using MetaHub.Leads.Features.FollowUps;
using MetaHub.Leads.Features.Pipeline;
using MetaHub.Leads.Pages;
using MetaHub.Leads.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } =
    [
        new("/leads", LeadPermissions.View, "menu.pipeline"),
        new("/leads/follow-ups", LeadPermissions.View, "menu.followUps"),
    ];

    public IReadOnlyList<ModuleComponent> Components { get; } =
    [
        new(ModuleSlot.Dashboard, typeof(FollowUpsWidget), LeadPermissions.View, "widget.followUps"),
        new(ModuleSlot.CustomerTab, typeof(CustomerLeadsTab), LeadPermissions.View, "tab.leads"),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Authorship>();
        services.AddScoped<LeadRules>();
        services.AddScoped<LeadBrowser>();
        services.AddScoped<LeadEditor>();
        services.AddScoped<LeadPipeline>();
        services.AddScoped<LeadFollowUps>();
        services.AddScoped<LeadActivities>();
        services.AddScoped<LeadConversion>();
    }

    public void ConfigureTenantModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeadsModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var leads = endpoints.MapGroup("/api/v1/leads").WithTags("Leads").ForModule(Code);
        BrowseEndpoints.Map(leads);
        EditingEndpoints.Map(leads);
        PipelineEndpoints.Map(leads);
        FollowUpEndpoints.Map(leads);
        ActivityEndpoints.Map(leads);
        ConversionEndpoints.Map(leads);
    }
}
