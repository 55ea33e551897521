using MetaHub.Access.Domain;
using MetaHub.Customers.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Tenancy;

/// <summary>
/// Tenant B can neither read, change nor delete tenant A's rows, and company Y cannot see company
/// X's — for dedicated and shared placement, on whichever provider the run uses.
/// </summary>
public sealed class DataIsolationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    public static TheoryData<TenantPlacement> Placements => [TenantPlacement.Dedicated, TenantPlacement.Shared];

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Read_OtherTenant_SeesNoRows(TenantPlacement placement)
    {
        var (a, b, companyX, _) = await TwoTenantsAsync(placement);
        var customer = await AddCustomerAsync(a, companyX.Id, "A's secret customer");

        await using var asB = await factory.OpenAsync(b, DataScope.ForGroup);
        (await asB.Set<Company>().Select(c => c.Name).ToListAsync()).ShouldBe(["B Ajans"]);
        (await asB.Set<Company>().FindAsync(companyX.Id)).ShouldBeNull();
        (await asB.Set<Customer>().AnyAsync(c => c.Id == customer.Id)).ShouldBeFalse();
        (await asB.Set<Customer>().CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Update_RowOfOtherTenant_IsRefusedAndRowUnchanged(TenantPlacement placement)
    {
        var (a, b, companyX, _) = await TwoTenantsAsync(placement);

        await using (var asB = await factory.OpenAsync(b))
        {
            var stolen = new Company { Id = companyX.Id, TenantId = a.Id, Name = "Hijacked", Slug = companyX.Slug };
            asB.Update(stolen);
            await Should.ThrowAsync<TenantIsolationException>(() => asB.SaveChangesAsync());
        }

        await using (var asB = await factory.OpenAsync(b))
        {
            // Claiming the row for B does not help: the database matches no row of B with that id.
            var forged = new Company { Id = companyX.Id, TenantId = b.Id, Name = "Hijacked", Slug = companyX.Slug };
            asB.Update(forged);
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => asB.SaveChangesAsync());
            (await asB.Set<Company>().Where(c => c.Id == companyX.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "Hijacked"))).ShouldBe(0);
        }

        await using var asA = await factory.OpenAsync(a);
        (await asA.Set<Company>().SingleAsync(c => c.Id == companyX.Id)).Name.ShouldBe(companyX.Name);
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Delete_RowOfOtherTenant_IsRefusedAndRowRemains(TenantPlacement placement)
    {
        var (a, b, companyX, _) = await TwoTenantsAsync(placement);
        var customer = await AddCustomerAsync(a, companyX.Id, "Keep me");

        await using (var asB = await factory.OpenAsync(b))
        {
            asB.Remove(new Company { Id = companyX.Id, TenantId = a.Id, Name = companyX.Name, Slug = companyX.Slug });
            await Should.ThrowAsync<TenantIsolationException>(() => asB.SaveChangesAsync());
        }

        await using (var asB = await factory.OpenAsync(b))
        {
            asB.Remove(new Company { Id = companyX.Id, TenantId = b.Id, Name = companyX.Name, Slug = companyX.Slug });
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => asB.SaveChangesAsync());
        }

        await using (var asB = await factory.OpenAsync(b))
        {
            (await asB.Set<Company>().Where(c => c.Id == companyX.Id).ExecuteDeleteAsync()).ShouldBe(0);
        }

        await using var asA = await factory.OpenAsync(a, t => DataScope.ForCompany(t, companyX.Id));
        (await asA.Set<Company>().AnyAsync(c => c.Id == companyX.Id)).ShouldBeTrue();
        (await asA.Set<Customer>().AnyAsync(c => c.Id == customer.Id)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Insert_WithOtherTenantId_IsRefused(TenantPlacement placement)
    {
        var (a, b, _, _) = await TwoTenantsAsync(placement);

        await using var asB = await factory.OpenAsync(b);
        asB.Add(new Company { TenantId = a.Id, Name = "Planted", Slug = "planted" });

        await Should.ThrowAsync<TenantIsolationException>(() => asB.SaveChangesAsync());
    }

    [Fact]
    public async Task Insert_ReferencingOtherTenantsRow_IsRejectedByDatabase()
    {
        var (_, b, companyX, _) = await TwoTenantsAsync(TenantPlacement.Shared);

        await using var asB = await factory.OpenAsync(b);
        asB.Add(new Company { Name = "Under A's company", Slug = "under-a", ParentCompanyId = companyX.Id });

        await Should.ThrowAsync<DbUpdateException>(() => asB.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Insert_WithoutIds_IsStampedWithScope(TenantPlacement placement)
    {
        var (a, _, companyX, _) = await TwoTenantsAsync(placement);

        var customer = await AddCustomerAsync(a, companyId: null, "Stamped", scopeCompany: companyX.Id);

        customer.TenantId.ShouldBe(a.Id);
        customer.CompanyId.ShouldBe(companyX.Id);
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Read_OtherCompany_SeesOnlyOwnRowsAndGroupViewSeesAll(TenantPlacement placement)
    {
        var (a, _, companyX, companyY) = await TwoTenantsAsync(placement);
        var ofX = await AddCustomerAsync(a, companyX.Id, "X customer");
        var ofY = await AddCustomerAsync(a, companyY.Id, "Y customer");

        await using (var asX = await factory.OpenAsync(a, t => DataScope.ForCompany(t, companyX.Id)))
        {
            (await asX.Set<Customer>().Select(c => c.Id).ToListAsync()).ShouldBe([ofX.Id]);
            (await asX.Set<Customer>().FindAsync(ofY.Id)).ShouldBeNull();
        }

        await using (var noCompany = await factory.OpenAsync(a))
        {
            (await noCompany.Set<Customer>().CountAsync()).ShouldBe(0);
        }

        await using var group = await factory.OpenAsync(a, DataScope.ForGroup);
        (await group.Set<Customer>().Select(c => c.Id).OrderBy(id => id).ToListAsync()).ShouldBe(new[] { ofX.Id, ofY.Id }.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Update_RowOfOtherCompany_IsRefusedAndRowUnchanged(TenantPlacement placement)
    {
        var (a, _, companyX, companyY) = await TwoTenantsAsync(placement);
        var ofY = await AddCustomerAsync(a, companyY.Id, "Y customer");

        await using (var asX = await factory.OpenAsync(a, t => DataScope.ForCompany(t, companyX.Id)))
        {
            asX.Update(new Customer { Id = ofY.Id, TenantId = a.Id, CompanyId = companyY.Id, CompanyName = "Taken by X" });
            await Should.ThrowAsync<TenantIsolationException>(() => asX.SaveChangesAsync());
        }

        await using (var asX = await factory.OpenAsync(a, t => DataScope.ForCompany(t, companyX.Id)))
        {
            asX.Update(new Customer { Id = ofY.Id, TenantId = a.Id, CompanyId = companyX.Id, CompanyName = "Taken by X" });
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => asX.SaveChangesAsync());
            (await asX.Set<Customer>().ExecuteDeleteAsync()).ShouldBe(0);
        }

        await using var asY = await factory.OpenAsync(a, t => DataScope.ForCompany(t, companyY.Id));
        (await asY.Set<Customer>().SingleAsync()).CompanyName.ShouldBe("Y customer");
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Write_InGroupView_IsRefused(TenantPlacement placement)
    {
        var (a, _, companyX, _) = await TwoTenantsAsync(placement);
        var ofX = await AddCustomerAsync(a, companyX.Id, "X customer");

        await using var group = await factory.OpenAsync(a, DataScope.ForGroup);
        var customer = await group.Set<Customer>().SingleAsync(c => c.Id == ofX.Id);
        customer.CompanyName = "Changed from the holding view";

        await Should.ThrowAsync<TenantIsolationException>(() => group.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task BulkWrite_InGroupView_IsRefusedAndRowsRemain(TenantPlacement placement)
    {
        var (a, _, companyX, companyY) = await TwoTenantsAsync(placement);
        await AddCustomerAsync(a, companyX.Id, "X customer");
        await AddCustomerAsync(a, companyY.Id, "Y customer");

        await using (var group = await factory.OpenAsync(a, DataScope.ForGroup))
        {
            await Should.ThrowAsync<TenantIsolationException>(() => group.Set<Customer>().ExecuteDeleteAsync());
            await Should.ThrowAsync<TenantIsolationException>(() =>
                group.Set<Customer>().ExecuteUpdateAsync(s => s.SetProperty(c => c.CompanyName, "Renamed from the holding")));
        }

        await using var check = await factory.OpenAsync(a, DataScope.ForGroup);
        (await check.Set<Customer>().OrderBy(c => c.CompanyName).Select(c => c.CompanyName).ToListAsync()).ShouldBe(["X customer", "Y customer"]);
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task BulkUpdate_OfOwnerIds_IsRefused(TenantPlacement placement)
    {
        var (a, b, companyX, companyY) = await TwoTenantsAsync(placement);
        var customer = await AddCustomerAsync(a, companyX.Id, "X customer");

        await using (var asX = await factory.OpenAsync(a, t => DataScope.ForCompany(t, companyX.Id)))
        {
            await Should.ThrowAsync<TenantIsolationException>(() =>
                asX.Set<Customer>().ExecuteUpdateAsync(s => s.SetProperty(c => c.TenantId, b.Id)));
            await Should.ThrowAsync<TenantIsolationException>(() =>
                asX.Set<Customer>().ExecuteUpdateAsync(s => s.SetProperty(c => c.CompanyId, companyY.Id)));
            await Should.ThrowAsync<TenantIsolationException>(() =>
                asX.Set<Company>().ExecuteUpdateAsync(s => s.SetProperty(c => c.TenantId, b.Id)));
            await Should.ThrowAsync<TenantIsolationException>(() =>
                asX.Set<Customer>().ExecuteUpdateAsync(s => s.SetProperty(c => EF.Property<Guid>(c, "TenantId"), b.Id)));

            // An ordinary bulk update in the company's own scope still works.
            (await asX.Set<Customer>().ExecuteUpdateAsync(s => s.SetProperty(c => c.Sector, "Perakende"))).ShouldBe(1);
        }

        await using var asA = await factory.OpenAsync(a, t => DataScope.ForCompany(t, companyX.Id));
        var stored = await asA.Set<Customer>().SingleAsync(c => c.Id == customer.Id);
        (stored.TenantId, stored.CompanyId, stored.Sector).ShouldBe((a.Id, companyX.Id, "Perakende"));
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Query_IgnoringFilters_IsRefused(TenantPlacement placement)
    {
        var (a, b, companyX, _) = await TwoTenantsAsync(placement);
        await AddCustomerAsync(a, companyX.Id, "X customer");

        await using var asB = await factory.OpenAsync(b);
        await Should.ThrowAsync<TenantIsolationException>(() => asB.Set<Company>().IgnoreQueryFilters().ToListAsync());
        await Should.ThrowAsync<TenantIsolationException>(() => asB.Set<Customer>().IgnoreQueryFilters().Where(c => c.CompanyName != "").ExecuteDeleteAsync());
        await Should.ThrowAsync<TenantIsolationException>(() => asB.Set<Customer>().IgnoreQueryFilters([TenantDbContext.CompanyFilter]).CountAsync());

        await using var asA = await factory.OpenAsync(a, DataScope.ForGroup);
        (await asA.Set<Customer>().CountAsync()).ShouldBe(1);
    }

    private async Task<(Tenant A, Tenant B, Company X, Company Y)> TwoTenantsAsync(TenantPlacement placement)
    {
        var a = await factory.CreateTenantAsync(placement);
        var b = await factory.CreateTenantAsync(placement);
        await using var asA = await factory.OpenAsync(a);
        var x = new Company { Name = "Dijital AŞ", Slug = "dijital" };
        var y = new Company { Name = "Medya Ltd", Slug = "medya" };
        asA.AddRange(x, y);
        await asA.SaveChangesAsync();

        // B has rows of its own too, so "sees nothing of A" is not just "the table is empty".
        await using var asB = await factory.OpenAsync(b);
        asB.Add(new Company { Name = "B Ajans", Slug = "b-ajans" });
        await asB.SaveChangesAsync();
        return (a, b, x, y);
    }

    private async Task<Customer> AddCustomerAsync(Tenant tenant, Guid? companyId, string name, Guid? scopeCompany = null)
    {
        var scope = scopeCompany ?? companyId!.Value;
        await using var db = await factory.OpenAsync(tenant, t => DataScope.ForCompany(t, scope));
        var customer = new Customer { CompanyName = name, CompanyId = companyId ?? Guid.Empty };
        db.Add(customer);
        await db.SaveChangesAsync();
        return customer;
    }
}
