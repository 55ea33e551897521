using System.Globalization;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Mail;
using MetaHub.Kernel.Security;
using MetaHub.Onboarding.Resources;
using MetaHub.Subscriptions.Modules;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>
/// Turns a verified sign-up into a working tenant, in the nine steps of SPEC §3. This is the only
/// place that creates a tenant from a sign-up. Each step does nothing when its work is already
/// done, so a run that a crash interrupted is simply run again. A run after a failed one first
/// removes what the failed one left behind.
/// </summary>
internal sealed partial class TenantProvisioning(
    IDbContextFactory<CatalogDbContext> catalog,
    TenantProvisioner provisioner,
    TenantDatabaseProvisioner databases,
    TenantScopes tenantScopes,
    ProvisioningStatus status,
    IEmailSender mail,
    IStringLocalizer<ProvisioningResources> localizer,
    IEnumerable<IProvisioningStepHook> hooks,
    IOptions<OnboardingProvisioningOptions> options,
    TimeProvider time,
    ILogger<TenantProvisioning> logger)
{
    public async Task RunAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var registration = await db.TenantRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is not { Status: RegistrationStatus.Provisioning })
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(registration.Culture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        var step = ProvisioningStep.Starting;
        registration.ProvisioningAttempts++;
        try
        {
            await StepAsync(db, registration, step, () => StartAsync(db, registration, cancellationToken), cancellationToken);
            await StepAsync(db, registration, step = ProvisioningStep.CreatingTenant, () => CreateTenantAsync(db, registration, cancellationToken), cancellationToken);
            var tenantId = registration.TenantId!.Value;
            await StepAsync(db, registration, step = ProvisioningStep.CreatingMasterUser, () => RecordOwnerAsync(db, registration, cancellationToken), cancellationToken);
            await StepAsync(db, registration, step = ProvisioningStep.CreatingDatabase, () => provisioner.CreateDatabaseAsync(tenantId, cancellationToken), cancellationToken);
            await StepAsync(db, registration, step = ProvisioningStep.RunningMigrations, () => provisioner.MigrateAsync(tenantId, cancellationToken), cancellationToken);
            await StepAsync(db, registration, step = ProvisioningStep.SeedingData, () => SeedAsync(registration, cancellationToken), cancellationToken);
            await StepAsync(db, registration, step = ProvisioningStep.ActivatingTenant, () => provisioner.ActivateAsync(tenantId, cancellationToken), cancellationToken);
            await StepAsync(db, registration, step = ProvisioningStep.SendingWelcomeEmail, () => WelcomeAsync(registration, cancellationToken), cancellationToken);

            registration.Step = ProvisioningStep.Completed;
            registration.Status = RegistrationStatus.Completed;
            registration.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            await status.PublishAsync(registration, cancellationToken);
            LogCompleted(logger, registration.Id, registration.Slug);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A cancelled run (the host stopping) is not a failure: the job store runs it again.
            LogFailed(logger, failure, registration.Id, step);
            db.ChangeTracker.Clear();
            var failed = await db.TenantRegistrations.FirstAsync(r => r.Id == registrationId, CancellationToken.None);
            failed.Status = RegistrationStatus.Failed;
            failed.Step = step;
            failed.ErrorMessage = failure is CleanupFailedException ? localizer["cleanupFailed"] : localizer["failed", localizer["step." + step].Value];
            failed.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
            await status.PublishAsync(failed, CancellationToken.None);
        }
    }

    private async Task StepAsync(CatalogDbContext db, TenantRegistration registration, ProvisioningStep step, Func<Task> work, CancellationToken cancellationToken)
    {
        registration.Step = step;
        registration.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await status.PublishAsync(registration, cancellationToken);
        foreach (var hook in hooks)
        {
            await hook.BeforeAsync(registration.Id, step, cancellationToken);
        }

        await work();
    }

    /// <summary>After a failed attempt, removes what it left (SPEC §3 orphan cleanup).</summary>
    private async Task StartAsync(CatalogDbContext db, TenantRegistration registration, CancellationToken cancellationToken)
    {
        if (registration.ErrorMessage is not null && registration.TenantId is { } orphan)
        {
            try
            {
                await RemoveTenantAsync(orphan, cancellationToken);
            }
            catch (Exception cleanup) when (cleanup is not OperationCanceledException)
            {
                throw new CleanupFailedException(cleanup);
            }

            registration.TenantId = null;
        }

        registration.ErrorMessage = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateTenantAsync(CatalogDbContext db, TenantRegistration registration, CancellationToken cancellationToken)
    {
        var tenant = await provisioner.CreateEntryAsync(
            new NewTenant(registration.Slug, registration.TeamName, options.Value.Placement, []), cancellationToken);
        registration.TenantId = tenant.Id;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The platform's record of who owns the tenant; the account itself is created with the company, in the tenant's database.</summary>
    private static async Task RecordOwnerAsync(CatalogDbContext db, TenantRegistration registration, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.FirstAsync(t => t.Id == registration.TenantId, cancellationToken);
        tenant.OwnerEmail = registration.Email;
        tenant.OwnerName = $"{registration.FirstName} {registration.LastName}";
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The first company (from the team name) with its system roles, and the person who signed up as its owner.</summary>
    private async Task SeedAsync(TenantRegistration registration, CancellationToken cancellationToken)
    {
        await using var scope = await tenantScopes.CreateAsync(registration.Slug, dataScope: null, cancellationToken);
        var services = scope.ServiceProvider;
        await using var db = services.GetRequiredService<ITenantDbContextFactory>().CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        var company = await db.Set<Company>().FirstOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            company = new Company { TenantId = registration.TenantId!.Value, Name = registration.TeamName, Slug = registration.Slug, CreatedAt = now, UpdatedAt = now };
            db.Add(company);
            db.AddRange(SystemRoleSet.For(company, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        var users = services.GetRequiredService<UserManager<User>>();
        var owner = await users.FindByEmailAsync(registration.Email);
        if (owner is null)
        {
            owner = new User
            {
                Email = registration.Email,
                UserName = registration.Email,
                FirstName = registration.FirstName,
                LastName = registration.LastName,
                EmailConfirmed = true,
                PasswordHash = registration.AdminPasswordHash,
                CreatedAt = now,
            };
            var created = await users.CreateAsync(owner);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Code)));
            }
        }

        if (!await db.Set<Membership>().AnyAsync(m => m.UserId == owner.Id && m.CompanyId == company.Id, cancellationToken))
        {
            var ownerRole = await db.Set<Role>().FirstAsync(r => r.CompanyId == company.Id && r.SystemRole == SystemRoles.Owner, cancellationToken);
            db.Add(new Membership { UserId = owner.Id, CompanyId = company.Id, RoleId = ownerRole.Id, IsOwner = true, IsDefault = true, JoinedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        // Its module records (SPEC §4 onboarding): the core modules on, the rest waiting for the package.
        await using var modules = await catalog.CreateDbContextAsync(cancellationToken);
        var records = new ModuleRecords(modules, "system", now);
        await records.OnboardAsync((await records.TenantAsync(registration.TenantId!.Value, cancellationToken))!, cancellationToken);
        await modules.SaveChangesAsync(cancellationToken);
    }

    private Task WelcomeAsync(TenantRegistration registration, CancellationToken cancellationToken)
    {
        var login = status.LoginUrl(registration);
        var message = new ActionEmail(
            localizer["welcome.subject", registration.TeamName],
            localizer["welcome.greeting", registration.FirstName],
            [localizer["welcome.body", registration.TeamName, new Uri(login).GetLeftPart(UriPartial.Authority)], localizer["welcome.next"]],
            localizer["welcome.action"],
            login,
            localizer["welcome.footer"]);
        return mail.SendAsync(message.To(registration.Email), cancellationToken);
    }

    /// <summary>Deletes a failed attempt's tenant: its subscriptions and catalog rows, and its database (after ending its connections).</summary>
    private async Task RemoveTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.Include(t => t.Database).FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return;
        }

        // The data goes first: when it cannot be removed, the catalog still says where it is.
        var database = tenant.Database;
        var databaseIsShared = database.Placement == TenantPlacement.Shared
            || await db.Tenants.AnyAsync(t => t.DatabaseId == database.Id && t.Id != tenantId, cancellationToken);
        if (databaseIsShared)
        {
            await databases.DeleteTenantRowsAsync(database, tenantId, cancellationToken);
        }
        else
        {
            await databases.DropAsync(database, cancellationToken);
        }

        db.Subscriptions.RemoveRange(db.Subscriptions.Where(s => s.TenantId == tenantId));
        db.ModuleChanges.RemoveRange(db.ModuleChanges.Where(c => c.TenantId == tenantId));
        db.Tenants.Remove(tenant);
        if (!databaseIsShared)
        {
            db.TenantDatabases.Remove(database);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-up {RegistrationId} provisioned tenant {Slug}")]
    private static partial void LogCompleted(ILogger logger, Guid registrationId, string slug);

    [LoggerMessage(Level = LogLevel.Error, Message = "Provisioning sign-up {RegistrationId} failed at {Step}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid registrationId, ProvisioningStep step);
}
