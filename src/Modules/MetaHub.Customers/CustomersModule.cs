using System.Text;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Customers;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static MetaHub.Kernel.Security.SystemRoles;

namespace MetaHub.Customers;

/// <summary>Customers of the agency's companies, their contacts, history and reminders (SPEC §6).</summary>
public sealed class CustomersModule : IModule
{
    public string Code => "customers";

    /// <summary>The seed's matrix: Owner, Admin, Manager CRUD; Employee read and update; Intern read.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(CustomerPermissions.View, Owner | Admin | Manager | Employee | Intern, ReadOnly: true),
        new(CustomerPermissions.Create, Owner | Admin | Manager),
        new(CustomerPermissions.Edit, Owner | Admin | Manager | Employee),
        new(CustomerPermissions.Delete, Owner | Admin | Manager),
    ];

    public IReadOnlyList<FeatureFlagDefinition> FeatureFlags => CustomerFeatureFlags.All;

    public IReadOnlyList<TenantJobDefinition> Jobs { get; } = [Features.Reminders.ReminderEmailsJob.Definition];

    public Type Resources => typeof(CustomersResources);

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } = [new("/customers", CustomerPermissions.View)];

    public IReadOnlyList<ModuleComponent> Components { get; } =
        [new(ModuleSlot.Dashboard, typeof(Pages.DueRemindersWidget), CustomerPermissions.View, "widget.dueReminders")];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ICustomerIntake, CustomerIntake>();
        services.AddScoped<Features.CustomerRules>();
        services.AddScoped<Features.CustomerBook>();
        services.AddScoped<Features.Contacts.CustomerContacts>();
        services.AddScoped<Features.History.CustomerHistory>();
        services.AddScoped<Features.Reminders.CustomerReminders>();
        services.AddScoped<Features.Reminders.ReminderMail>();
        services.AddScoped<Features.ImportCustomers.CustomerImport>();
        services.AddScoped<Features.ExportCustomers.CustomerExport>();

        // Turkish Excel saves CSV as Windows-1254, which .NET reads only with the code pages registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public void ConfigureTenantModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomersModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        Features.CustomerEndpoints.Map(endpoints);
        Features.ImportCustomers.ImportCustomersEndpoints.Map(endpoints);
        Features.ExportCustomers.ExportCustomersEndpoints.Map(endpoints);
    }
}
