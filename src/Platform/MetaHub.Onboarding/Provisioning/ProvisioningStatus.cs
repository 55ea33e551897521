using System.Globalization;
using MetaHub.Access.Authentication;
using MetaHub.Access.Identity;
using MetaHub.Onboarding.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>Reads and announces a sign-up's provisioning state, in the language the person signed up in.</summary>
internal sealed class ProvisioningStatus(
    IDbContextFactory<CatalogDbContext> catalog,
    IHubContext<TenantCreationHub> hub,
    IStringLocalizer<ProvisioningResources> localizer,
    IOptions<TenancyOptions> tenancy,
    IOptions<AuthOptions> auth)
{
    public const string LoginPath = "/account/login?message=tenant-created";

    public async Task<ProvisioningProgress?> GetAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var registration = await db.TenantRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        return registration is null ? null : Describe(registration);
    }

    public Task PublishAsync(TenantRegistration registration, CancellationToken cancellationToken) =>
        hub.Clients.Group(TenantCreationHub.Group(registration.Id))
            .SendAsync(TenantCreationHub.ProgressEvent, Describe(registration), cancellationToken);

    /// <summary>Where the new tenant signs in: its own host, with the scheme and port the person signed up on.</summary>
    public string LoginUrl(TenantRegistration registration)
    {
        var origin = Uri.TryCreate(registration.PublicOrigin, UriKind.Absolute, out var used) ? used : new Uri("http://localhost");
        var site = new UriBuilder(origin.Scheme, $"{registration.Slug}.{tenancy.Value.BaseDomain}", origin.IsDefaultPort ? -1 : origin.Port).Uri.ToString();
        return AccountLinks.Absolute(auth.Value.PublicUrl, site, registration.Slug, LoginPath);
    }

    private ProvisioningProgress Describe(TenantRegistration registration)
    {
        var culture = CultureInfo.GetCultureInfo(registration.Culture);
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var message = registration.Status == RegistrationStatus.Failed
                ? registration.ErrorMessage ?? localizer["failed", registration.Step?.ToString() ?? ""]
                : localizer["step." + (registration.Step ?? ProvisioningStep.Starting)];
            return ProvisioningProgress.Of(registration, message, LoginUrl(registration));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
