using System.Reflection;
using MetaHub.Access.Authorization;
using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Access.Sessions;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Companies;

/// <summary>
/// <c>/api/v1/companies</c>: the group's companies. Creating one gives it the five system roles
/// and makes its creator its owner; a company with data cannot be deleted, only deactivated.
/// </summary>
internal static class CompanyEndpoints
{
    private static readonly MethodInfo HasRowsMethod = typeof(CompanyEndpoints).GetMethod(nameof(HasRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var companies = endpoints.MapGroup("/api/v1/companies").WithTags("Companies");
        companies.MapGet("", List).RequirePermission(AccessPermissions.SettingsView)
            .WithName("ListCompanies").WithSummary("The group's companies, main companies and subsidiaries, with parent ids.");
        companies.MapGet("/{id:guid}", Get).RequirePermission(AccessPermissions.SettingsView).WithName("GetCompany");
        companies.MapPost("", Create).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("CreateCompany").WithSummary("Creates a main company or a subsidiary; the creator becomes its owner.");
        companies.MapPut("/{id:guid}", Update).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("UpdateCompany").WithSummary("Changes a company; it cannot be moved under itself or its subsidiaries.");
        companies.MapDelete("/{id:guid}", Delete).RequirePermission(AccessPermissions.SettingsEdit)
            .WithName("DeleteCompany").WithSummary("Deletes a company without data or subsidiaries; otherwise deactivate it.");
    }

    private static async Task<Ok<List<CompanyResponse>>> List(ITenantDbContextFactory databases, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var companies = await db.Set<Company>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(companies.Select(CompanyResponse.From).ToList());
    }

    private static async Task<Results<Ok<CompanyResponse>, NotFound>> Get(
        Guid id, ITenantDbContextFactory databases, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var company = await db.Set<Company>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return company is null ? TypedResults.NotFound() : TypedResults.Ok(CompanyResponse.From(company));
    }

    private static async Task<Results<Created<CompanyResponse>, ValidationProblem>> Create(
        CompanyRequest request, ITenantDbContextFactory databases, ITenantContext tenant, CurrentUser user,
        IStringLocalizer<AccessResources> localizer, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        if (await CompanyRules.ValidateAsync(request, null, db, tenant.Tenant!, localizer, cancellationToken) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: localizer["validation.title"]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var company = new Company { Name = "", Slug = "", TenantId = tenant.Tenant!.Id, CreatedAt = now, UpdatedAt = now };
        CompanyRules.Apply(request, company);
        var roles = SystemRoleSet.For(company, now);
        db.Add(company);
        db.AddRange(roles);
        db.Add(new Membership
        {
            UserId = user.UserId!.Value,
            CompanyId = company.Id,
            RoleId = roles.Single(r => r.SystemRole == SystemRoles.Owner).Id,
            IsOwner = true,
            JoinedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/companies/{company.Id}", CompanyResponse.From(company));
    }

    private static async Task<Results<Ok<CompanyResponse>, ValidationProblem, NotFound>> Update(
        Guid id, CompanyRequest request, ITenantDbContextFactory databases, ITenantContext tenant,
        IStringLocalizer<AccessResources> localizer, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var company = await db.Set<Company>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        if (await CompanyRules.ValidateAsync(request, id, db, tenant.Tenant!, localizer, cancellationToken) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: localizer["validation.title"]);
        }

        CompanyRules.Apply(request, company);
        company.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CompanyResponse.From(company));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(
        Guid id, ITenantDbContextFactory databases, ITenantContext tenant, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var tenantId = tenant.Tenant!.Id;
        await using var db = databases.CreateTenantWideDbContext();
        var company = await db.Set<Company>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        var hasSubsidiaries = await db.Set<Company>().AnyAsync(c => c.ParentCompanyId == id, cancellationToken);
        if (hasSubsidiaries || await HasCompanyDataAsync(databases, DataScope.ForCompany(tenantId, id), cancellationToken))
        {
            return TypedResults.Problem(
                localizer[hasSubsidiaries ? "companies.hasSubsidiaries" : "companies.hasData", company.Name],
                statusCode: StatusCodes.Status409Conflict,
                title: localizer["companies.deleteRefused.title"]);
        }

        db.RemoveRange(await db.Set<Membership>().Where(m => m.CompanyId == id).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<Role>().Where(r => r.CompanyId == id).ToListAsync(cancellationToken));
        db.Remove(company);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Whether any module holds a row of the company, whichever module's table it is in.</summary>
    private static async Task<bool> HasCompanyDataAsync(ITenantDbContextFactory databases, DataScope scope, CancellationToken cancellationToken)
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
