using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using MetaHub.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Web.Demo;

/// <summary>
/// Creates the demo tenant <c>demo</c> ("XYZ Holding") with its group of companies, so a newcomer
/// sees a living system. Running it again adds nothing twice.
/// </summary>
internal sealed partial class DemoTenantSeeder(
    TenantProvisioner provisioner,
    TenantScopes tenantScopes,
    TimeProvider time,
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    ILogger<DemoTenantSeeder> logger)
{
    public const string Slug = "demo";
    public const string Name = "XYZ Holding";

    public bool IsEnabled => options.Value.Enabled ?? environment.IsDevelopment();

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            return;
        }

        var tenant = await provisioner.ProvisionAsync(
            new NewTenant(
                Slug,
                Name,
                TenantPlacement.Dedicated,
                [.. MetaHubModules.All.Select(m => m.Code)],
                new TenantBranding("#5E35B1", "#00897B", LogoUrl: null)),
            cancellationToken);
        await SeedCompaniesAsync(cancellationToken);
        LogSeeded(logger, tenant.Slug, tenant.Name);
    }

    private async Task SeedCompaniesAsync(CancellationToken cancellationToken)
    {
        await using var scope = await tenantScopes.CreateAsync(Slug, dataScope: null, cancellationToken);
        await using var db = scope.ServiceProvider.GetRequiredService<ITenantDbContextFactory>().CreateDbContext();
        if (await db.Set<Company>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.AddRange(DemoCompanies.Create(time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo tenant {Slug} ({Name}) is ready")]
    private static partial void LogSeeded(ILogger logger, string slug, string name);
}
