using System.Reflection;
using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Files;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Companies;

/// <summary>
/// The group's companies as an administrator manages them, for the API and the settings pages alike.
/// Creating one gives it the five system roles and makes its creator its owner; a company with data
/// or subsidiaries cannot be deleted, only deactivated.
/// </summary>
internal sealed class CompanyAdministration(
    ITenantDbContextFactory databases,
    ITenantContext tenant,
    ICurrentUser user,
    IFileStore files,
    IStringLocalizer<AccessResources> localizer,
    TimeProvider time)
{
    private static readonly MethodInfo HasRowsMethod = typeof(CompanyAdministration).GetMethod(nameof(HasRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<List<CompanyResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var companies = await db.Set<Company>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return companies.Select(CompanyResponse.From).ToList();
    }

    public async Task<CompanyResponse> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        return CompanyResponse.From(await FindAsync(db.Set<Company>().AsNoTracking(), id, cancellationToken));
    }

    public async Task<CompanyResponse> CreateAsync(CompanyRequest request, CancellationToken cancellationToken)
    {
        // The creator becomes the company's owner, so an API key (no user) cannot create one.
        var creator = user.UserId ?? throw new ForbiddenException(localizer["companies.createNeedsUser"]);
        await using var db = databases.CreateTenantWideDbContext();
        if (await CompanyRules.ValidateAsync(request, null, db, tenant.Tenant!, localizer, cancellationToken) is { } errors)
        {
            throw new ValidationException(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var company = new Company { Name = "", Slug = "", TenantId = tenant.Tenant!.Id, CreatedAt = now, UpdatedAt = now };
        CompanyRules.Apply(request, company);
        var roles = SystemRoleSet.For(company, now);
        db.Add(company);
        db.AddRange(roles);
        db.Add(new Membership
        {
            UserId = creator,
            CompanyId = company.Id,
            RoleId = roles.Single(r => r.SystemRole == SystemRoles.Owner).Id,
            IsOwner = true,
            JoinedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return CompanyResponse.From(company);
    }

    public async Task<CompanyResponse> UpdateAsync(Guid id, CompanyRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var company = await FindAsync(db.Set<Company>(), id, cancellationToken);

        if (await CompanyRules.ValidateAsync(request, id, db, tenant.Tenant!, localizer, cancellationToken) is { } errors)
        {
            throw new ValidationException(errors);
        }

        CompanyRules.Apply(request, company);
        company.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CompanyResponse.From(company);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenantId = tenant.Tenant!.Id;
        await using var db = databases.CreateTenantWideDbContext();
        var company = await FindAsync(db.Set<Company>(), id, cancellationToken);

        var hasSubsidiaries = await db.Set<Company>().AnyAsync(c => c.ParentCompanyId == id, cancellationToken);
        if (hasSubsidiaries || await HasCompanyDataAsync(DataScope.ForCompany(tenantId, id), cancellationToken))
        {
            throw new ConflictException(localizer[hasSubsidiaries ? "companies.hasSubsidiaries" : "companies.hasData", company.Name]);
        }

        db.RemoveRange(await db.Set<Membership>().Where(m => m.CompanyId == id).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<Role>().Where(r => r.CompanyId == id).ToListAsync(cancellationToken));
        db.Remove(company);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(LogoKey(id), cancellationToken);
    }

    /// <summary>Why a file cannot be a logo, from its size and first bytes; null when it can.</summary>
    public string? CheckLogo(long length, ReadOnlySpan<byte> header)
    {
        if (length == 0)
        {
            return localizer["validation.required"];
        }

        if (length > LogoFormat.MaxBytes)
        {
            return localizer["companies.logoTooLarge", LogoFormat.MaxBytes / 1024];
        }

        return LogoFormat.Detect(header) is null ? localizer["companies.logoType"].Value : null;
    }

    /// <summary>Stores a PNG, JPEG or WebP of at most 1 MB as the company's logo and points <see cref="Company.LogoUrl"/> at the new version.</summary>
    public async Task<CompanyResponse> SaveLogoAsync(Guid id, Stream content, long length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = databases.CreateTenantWideDbContext();
        var company = await FindAsync(db.Set<Company>(), id, cancellationToken);

        // The declared length is checked before anything is read; the copy stops one byte past the limit
        // so a stream that lies about its length is caught too.
        using var buffer = new MemoryStream();
        var error = length > LogoFormat.MaxBytes ? CheckLogo(length, default) : null;
        if (error is null)
        {
            await CopyAtMostAsync(content, buffer, LogoFormat.MaxBytes + 1, cancellationToken);
            error = CheckLogo(buffer.Length, buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, LogoFormat.HeaderLength)));
        }

        if (error is not null)
        {
            throw ValidationException.For("file", error);
        }

        buffer.Position = 0;
        await files.SaveAsync(LogoKey(id), buffer, cancellationToken);
        var now = time.GetUtcNow();
        company.LogoUrl = $"/api/v1/companies/{id}/logo?v={now.UtcTicks:x}";
        company.UpdatedAt = now.UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CompanyResponse.From(company);
    }

    /// <summary>The logo, for a member of the company or anyone who may view the group's settings.</summary>
    public async Task<CompanyLogo?> OpenLogoAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var company = await db.Set<Company>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company?.LogoUrl is null || user.UserId is not { } userId)
        {
            return null;
        }

        if (!user.HasPermission(AccessPermissions.SettingsView)
            && !await db.Set<Membership>().AnyAsync(m => m.CompanyId == id && m.UserId == userId, cancellationToken))
        {
            return null;
        }

        var file = await files.OpenReadAsync(LogoKey(id), cancellationToken);
        if (file is null)
        {
            return null;
        }

        var header = new byte[LogoFormat.HeaderLength];
        var read = await file.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        file.Content.Position = 0;
        return new CompanyLogo(file, LogoFormat.Detect(header.AsSpan(0, read)) ?? "application/octet-stream");
    }

    public async Task<CompanyResponse> DeleteLogoAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var company = await FindAsync(db.Set<Company>(), id, cancellationToken);

        await files.DeleteAsync(LogoKey(id), cancellationToken);
        company.LogoUrl = null;
        company.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CompanyResponse.From(company);
    }

    private async Task<Company> FindAsync(IQueryable<Company> companies, Guid id, CancellationToken cancellationToken) =>
        await companies.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException(localizer["companies.notFound"]);

    private string LogoKey(Guid companyId) => $"{tenant.Tenant!.Id:N}/companies/{companyId:N}/logo";

    private static async Task CopyAtMostAsync(Stream source, Stream target, int limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while (target.Length < limit && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - target.Length)), cancellationToken)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }

    /// <summary>Whether any module holds a row of the company, whichever module's table it is in.</summary>
    private async Task<bool> HasCompanyDataAsync(DataScope scope, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext(scope);
        foreach (var type in db.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(ICompanyOwned).IsAssignableFrom))
        {
            if (await (Task<bool>)HasRowsMethod.MakeGenericMethod(type).Invoke(null, [db, cancellationToken])!)
            {
                return true;
            }
        }

        return false;
    }

    private static Task<bool> HasRowsAsync<TEntity>(TenantDbContext db, CancellationToken cancellationToken)
        where TEntity : class => db.Set<TEntity>().AnyAsync(cancellationToken);
}
