using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using Microsoft.Extensions.Options;

namespace MetaHub.Web.Demo;

/// <summary>Creates the demo tenant <c>demo</c> ("XYZ Holding") so a newcomer sees a living system.</summary>
internal sealed partial class DemoTenantSeeder(
    TenantProvisioner provisioner,
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
        LogSeeded(logger, tenant.Slug, tenant.Name);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo tenant {Slug} ({Name}) is ready")]
    private static partial void LogSeeded(ILogger logger, string slug, string name);
}
