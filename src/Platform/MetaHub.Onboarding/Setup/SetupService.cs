using System.Globalization;
using System.Net.Mail;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Onboarding.Resources;
using MetaHub.Subscriptions.Modules;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Onboarding.Setup;

/// <summary>
/// The setup wizard's use cases: the packages on offer, completing setup (the subscription, its
/// modules and the first company's details, all or nothing) and the modules a user may use.
/// </summary>
internal sealed class SetupService(
    IDbContextFactory<CatalogDbContext> catalog,
    ITenantDbContextFactory tenantDatabases,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    TenantModelConfiguration model,
    IStringLocalizer<SetupResources> localizer,
    TimeProvider time)
{
    public static readonly TimeSpan TrialLength = TimeSpan.FromDays(14);

    public async Task<IReadOnlyList<PackageResponse>> PackagesAsync(CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var modules = await db.ModuleDefinitions.AsNoTracking().ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        var packages = await db.Packages.AsNoTracking().Include(p => p.Modules).Where(p => p.IsActive).OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        return
        [
            .. packages.Select(p => new PackageResponse(
                p.Id, p.Code, p.Name, p.Description, p.MonthlyPrice, p.YearlyPrice, p.Currency, p.MaxUsers,
                [
                    .. p.Modules.Where(m => m.IsIncluded && modules.ContainsKey(m.ModuleCode))
                        .Select(m => modules[m.ModuleCode])
                        .OrderBy(m => m.SortOrder)
                        .Select(m => new PackageResponse.ModulePart(m.Code, m.Label.In(CultureInfo.CurrentUICulture), m.IsCore)),
                ])),
        ];
    }

    /// <summary>The details the wizard starts from: those of the company the owner works in.</summary>
    public async Task<CompanyDetails> CompanyDetailsAsync(CancellationToken cancellationToken)
    {
        await using var db = tenantDatabases.CreateTenantWideDbContext();
        return await db.Set<Company>().Where(c => c.Id == currentUser.CompanyId)
            .Select(c => new CompanyDetails(c.Name, c.TaxNumber, c.TaxOffice, c.Address, c.Phone, c.Email))
            .FirstAsync(cancellationToken);
    }

    public async Task<CompleteSetupResponse> CompleteAsync(CompleteSetupRequest request, CancellationToken cancellationToken)
    {
        if (request.TenantId != Tenant.Id)
        {
            throw ValidationException.For("tenantId", localizer["setup.otherTenant"]);
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.FirstAsync(t => t.Id == Tenant.Id, cancellationToken);
        if (tenant.SetupCompleted)
        {
            throw new ConflictException(localizer["setup.alreadyCompleted"]);
        }

        var package = await db.Packages.Include(p => p.Modules).FirstOrDefaultAsync(p => p.Id == request.PackageId && p.IsActive, cancellationToken)
            ?? throw ValidationException.For("packageId", localizer["setup.packageUnknown"]);
        var definitions = await db.ModuleDefinitions.AsNoTracking().ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        var modules = ChooseModules(request.SelectedModules ?? [], package, definitions);
        var details = CheckDetails(request.CompanyDetails);

        // The tenant's own database first, inside a transaction that commits only after the catalog
        // did: a refusal or failure on either side leaves both as they were.
        await using var tenantDb = tenantDatabases.CreateTenantWideDbContext();
        await using var tenantTransaction = await tenantDb.Database.BeginTransactionAsync(cancellationToken);
        // The company the owner works in: in a new tenant, the one provisioning created from the team name.
        var company = await tenantDb.Set<Company>().FirstAsync(c => c.Id == currentUser.CompanyId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        company.Name = details.Name!;
        company.TaxNumber = details.TaxNumber;
        company.TaxOffice = details.TaxOffice;
        company.Address = details.Address;
        company.Phone = details.Phone;
        company.Email = details.Email;
        company.Settings.EnabledModules = [.. modules];
        company.UpdatedAt = now;
        await tenantDb.SaveChangesAsync(cancellationToken);
        foreach (var module in model.Modules.Where(m => modules.Contains(m.Code)))
        {
            await module.ActivateAsync(tenantDb, cancellationToken);
        }

        await using (var catalogTransaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var trialEnd = now.Add(TrialLength);
            var subscription = new Subscription
            {
                TenantId = tenant.Id,
                PackageId = package.Id,
                Status = SubscriptionStatus.Trial,
                BillingPeriod = request.BillingPeriod,
                StartDate = now,
                TrialEndDate = trialEnd,
                CurrentPeriodEnd = trialEnd,
                CreatedAt = now,
                Modules = [.. modules.Select(code => new SubscriptionModule { ModuleCode = code, ModuleName = definitions[code].Label.Tr, AddedAt = now })],
            };
            db.Subscriptions.Add(subscription);
            tenant.EnabledModules = [.. modules];
            var records = new ModuleRecords(db, tenantContext.Actor.UserName ?? "system", now);
            await records.OnboardAsync((await records.TenantAsync(tenant.Id, cancellationToken))!, cancellationToken);
            tenant.SetupCompleted = true;
            tenant.SetupCompletedAt = now;
            tenant.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await catalogTransaction.CommitAsync(cancellationToken);
            await tenantTransaction.CommitAsync(cancellationToken);
            return new CompleteSetupResponse(subscription.Id, package.Name, subscription.Status.ToString(), trialEnd, [.. modules]);
        }
    }

    /// <summary>
    /// The subscription's modules (or, without one, its package's) and any module an operator gave
    /// the tenant besides, in the tenant's order; each active when it is enabled for the tenant and
    /// the user may use it. No subscription: none.
    /// </summary>
    public async Task<ActiveModulesResponse> ActiveModulesAsync(CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var subscription = await db.Subscriptions.AsNoTracking().Include(s => s.Package).ThenInclude(p => p.Modules).Include(s => s.Modules)
            .Where(s => s.TenantId == Tenant.Id).OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (subscription is null)
        {
            return new ActiveModulesResponse(Tenant.Id, [], null, null);
        }

        var codes = (subscription.Modules.Count > 0
            ? subscription.Modules.Select(m => m.ModuleCode)
            : subscription.Package.Modules.Where(m => m.IsIncluded).Select(m => m.ModuleCode)).ToHashSet(StringComparer.Ordinal);
        return new ActiveModulesResponse(
            Tenant.Id,
            [
                .. Tenant.Modules.Where(m => codes.Contains(m.Code) || m.Enabled)
                    .Select(m => new ActiveModulesResponse.ModulePart(m.Code, m.Label(CultureInfo.CurrentUICulture), MayUse(m))),
            ],
            subscription.Package.Name,
            subscription.Status.ToString());
    }

    /// <summary>The tenant's modules the user may use and the tenant shows in the sidebar, in the tenant's order: for the shell.</summary>
    public IReadOnlyList<EffectiveModule> SidebarModules() => [.. Tenant.Modules.Where(m => m.VisibleInSidebar && MayUse(m))];

    /// <summary>
    /// Enabled for the tenant, open to the user's role, and — if the module guards its features with
    /// permissions — the user holds one of them.
    /// </summary>
    private bool MayUse(EffectiveModule module) =>
        module.Enabled
        && module.Allows(currentUser.RoleKey)
        && (model.Modules.FirstOrDefault(m => m.Code == module.Code) is not { Permissions.Count: > 0 }
            || currentUser.Permissions.Any(p => p.StartsWith(module.Code + ".", StringComparison.Ordinal)));

    private TenantInfo Tenant => tenantContext.Tenant ?? throw new InvalidOperationException("Setup runs inside a tenant.");

    /// <summary>The core modules and the chosen ones; each must be in the package and come with what it depends on.</summary>
    private List<string> ChooseModules(IReadOnlyList<string> selected, Package package, Dictionary<string, ModuleDefinition> definitions)
    {
        var offered = package.Modules.Where(m => m.IsIncluded).Select(m => m.ModuleCode).ToHashSet(StringComparer.Ordinal);
        var chosen = selected.Select(c => (c ?? "").Trim().ToLowerInvariant())
            .Concat(definitions.Values.Where(d => d.IsCore).Select(d => d.Code))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var notOffered = chosen.Where(c => !offered.Contains(c)).ToList();
        if (notOffered.Count > 0)
        {
            throw ValidationException.For("selectedModules", localizer["setup.moduleNotInPackage", string.Join(", ", notOffered), package.Name]);
        }

        var missing = chosen.SelectMany(c => definitions[c].Dependencies.Where(d => !chosen.Contains(d)).Select(d => $"{definitions[c].Label.In(CultureInfo.CurrentUICulture)} → {definitions[d].Label.In(CultureInfo.CurrentUICulture)}")).ToList();
        if (missing.Count > 0)
        {
            throw ValidationException.For("selectedModules", localizer["setup.dependencyMissing", string.Join(", ", missing)]);
        }

        return [.. chosen.OrderBy(c => definitions[c].SortOrder)];
    }

    private CompanyDetails CheckDetails(CompanyDetails? details)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = details?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > Company.NameMaxLength)
        {
            errors["companyDetails.name"] = [localizer["setup.nameRequired", Company.NameMaxLength]];
        }

        var email = Clean(details?.Email);
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out _)))
        {
            errors["companyDetails.email"] = [localizer["setup.emailInvalid"]];
        }

        foreach (var (field, value) in new[] { ("taxNumber", details?.TaxNumber), ("taxOffice", details?.TaxOffice), ("phone", details?.Phone) })
        {
            if (value?.Trim().Length > 100)
            {
                errors[$"companyDetails.{field}"] = [localizer["setup.tooLong", 100]];
            }
        }

        if (details?.Address?.Trim().Length > 500)
        {
            errors["companyDetails.address"] = [localizer["setup.tooLong", 500]];
        }

        return errors.Count > 0
            ? throw new ValidationException(errors)
            : new CompanyDetails(name, Clean(details!.TaxNumber), Clean(details.TaxOffice), Clean(details.Address), Clean(details.Phone), email);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
