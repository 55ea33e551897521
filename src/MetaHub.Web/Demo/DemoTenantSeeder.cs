using MetaHub.Access.Domain;
using MetaHub.Customers.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Leads.Domain;
using MetaHub.Subscriptions.Modules;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Web.Demo;

/// <summary>
/// Creates the demo tenant <c>demo</c> ("XYZ Holding") with its group of companies and one user per
/// system role, so a newcomer sees a living system. Running it again adds nothing twice.
/// </summary>
internal sealed partial class DemoTenantSeeder(
    TenantProvisioner provisioner,
    TenantScopes tenantScopes,
    IDbContextFactory<CatalogDbContext> catalogs,
    TimeProvider time,
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    ILogger<DemoTenantSeeder> logger)
{
    public const string Slug = "demo";
    public const string Name = "XYZ Holding";

    public bool IsEnabled => options.Value.IsEnabled(environment);

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
        await ApplyTwoFactorPolicyAsync(cancellationToken);
        await SubscribeAsync(cancellationToken);
        await SeedOrganisationAsync(cancellationToken);
        await SeedCustomersAndLeadsAsync(cancellationToken);
        LogSeeded(logger, tenant.Slug, tenant.Name);
    }

    /// <summary>The demo has done its setup: an active Enterprise subscription with every module, so nobody meets the wizard there.</summary>
    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        await using var catalog = await catalogs.CreateDbContextAsync(cancellationToken);
        var tenant = await catalog.Tenants.SingleAsync(t => t.Slug == Slug, cancellationToken);
        if (tenant.SetupCompleted)
        {
            return;
        }

        var enterprise = await catalog.Packages.Include(p => p.Modules).SingleAsync(p => p.Code == "enterprise", cancellationToken);
        var names = await catalog.ModuleDefinitions.ToDictionaryAsync(m => m.Code, m => m.Label.Tr, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        catalog.Subscriptions.Add(new Subscription
        {
            TenantId = tenant.Id,
            PackageId = enterprise.Id,
            Status = SubscriptionStatus.Active,
            BillingPeriod = BillingPeriod.Yearly,
            StartDate = now,
            CurrentPeriodEnd = now.AddYears(1),
            CreatedAt = now,
            Modules = [.. enterprise.Modules.Select(m => new SubscriptionModule { ModuleCode = m.ModuleCode, ModuleName = names[m.ModuleCode], AddedAt = now })],
        });
        tenant.EnabledModules = [.. enterprise.Modules.Select(m => m.ModuleCode)];
        var records = new ModuleRecords(catalog, "system", now);
        await records.OnboardAsync((await records.TenantAsync(tenant.Id, cancellationToken))!, cancellationToken);
        tenant.SetupCompleted = true;
        tenant.SetupCompletedAt = now;
        await catalog.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo follows <c>MetaHub:Demo:RequireTwoFactor</c>; every other tenant keeps the secure default.</summary>
    private async Task ApplyTwoFactorPolicyAsync(CancellationToken cancellationToken)
    {
        await using var catalog = await catalogs.CreateDbContextAsync(cancellationToken);
        var tenant = await catalog.Tenants.SingleAsync(t => t.Slug == Slug, cancellationToken);
        tenant.RequireTwoFactor = options.Value.RequireTwoFactor;
        await catalog.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedOrganisationAsync(CancellationToken cancellationToken)
    {
        await using var scope = await tenantScopes.CreateAsync(Slug, dataScope: null, cancellationToken);
        var services = scope.ServiceProvider;
        await using var db = services.GetRequiredService<ITenantDbContextFactory>().CreateDbContext();
        if (await db.Set<Company>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var companies = DemoCompanies.Create(now);
        var roles = companies.SelectMany(c => SystemRoleSet.For(c, now)).ToList();
        db.AddRange(companies);
        db.AddRange(roles);
        await db.SaveChangesAsync(cancellationToken);

        var users = services.GetRequiredService<UserManager<User>>();
        foreach (var demo in DemoUsers.All)
        {
            var user = new User { Email = demo.Email, UserName = demo.Email, FirstName = demo.FirstName, LastName = demo.LastName, EmailConfirmed = true, CreatedAt = now };
            var created = await users.CreateAsync(user, options.Value.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo user {demo.Email} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))} Check MetaHub:Demo:Password.");
            }

            foreach (var slug in demo.CompanySlugs)
            {
                var company = companies.Single(c => c.Slug == slug);
                db.Add(new Membership
                {
                    UserId = user.Id,
                    CompanyId = company.Id,
                    RoleId = roles.Single(r => r.CompanyId == company.Id && r.SystemRole == demo.Role).Id,
                    IsOwner = demo.Role == SystemRoles.Owner && company.ParentCompanyId is null,
                    IsDefault = slug == demo.CompanySlugs[0],
                    JoinedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The customer books of <see cref="DemoCrmData.Books"/>. A company that already has a customer
    /// or a lead keeps what it has, so a restart adds nothing and installs seeded before the books
    /// existed get them once.
    /// </summary>
    private async Task SeedCustomersAndLeadsAsync(CancellationToken cancellationToken)
    {
        await using var scope = await tenantScopes.CreateAsync(Slug, dataScope: null, cancellationToken);
        var databases = scope.ServiceProvider.GetRequiredService<ITenantDbContextFactory>();
        List<Company> companies;
        List<User> users;
        await using (var tenantWide = databases.CreateTenantWideDbContext())
        {
            companies = await tenantWide.Set<Company>().AsNoTracking().ToListAsync(cancellationToken);
            users = await tenantWide.Set<User>().AsNoTracking().ToListAsync(cancellationToken);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = await scope.ServiceProvider.GetRequiredService<ICompanyCalendar>().TodayAsync([.. companies.Select(c => c.Id)], cancellationToken);
        for (var book = 0; book < DemoCrmData.Books.Count; book++)
        {
            var slug = DemoCrmData.Books[book].Slug;
            var company = companies.Single(c => c.Slug == slug);
            await using var db = databases.CreateDbContext(DataScope.ForCompany(company.TenantId, company.Id));
            if (await db.Set<Customer>().AnyAsync(cancellationToken) || await db.Set<Lead>().AnyAsync(cancellationToken))
            {
                continue;
            }

            // Interns only watch: the history is written and the work owned by the others of the company.
            var people = DemoUsers.All
                .Where(d => d.Role != SystemRoles.Intern && d.CompanySlugs.Contains(slug, StringComparer.Ordinal))
                .Select(d => users.Single(u => string.Equals(u.Email, d.Email, StringComparison.OrdinalIgnoreCase)))
                .Select(u => new Person(u.Id, $"{u.FirstName} {u.LastName}", u.Email!))
                .ToList();
            db.AddRange(new DemoCrmData(book, now, today[company.Id], people).Create());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo tenant {Slug} ({Name}) is ready")]
    private static partial void LogSeeded(ILogger logger, string slug, string name);
}
