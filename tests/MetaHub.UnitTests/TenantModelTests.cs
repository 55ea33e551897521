using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MetaHub.UnitTests;

/// <summary>Walks the composed tenant model: no table may escape tenant (and company) isolation.</summary>
public sealed class TenantModelTests
{
    private static IModel BuildModel()
    {
        var options = new DbContextOptionsBuilder<TenantDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new TenantDbContext(options, new TenantModelConfiguration(MetaHubModules.All), DataScope.ForTenant(Guid.NewGuid()));
        return context.Model;
    }

    public static TheoryData<string> EntityTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in BuildModel().GetEntityTypes().Where(t => !t.IsOwned()))
        {
            data.Add(type.ClrType.FullName!);
        }

        return data;
    }

    [Fact]
    public void Model_ComposedFromModules_HasTables() =>
        BuildModel().GetEntityTypes().Count().ShouldBeGreaterThan(0);

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void Entity_EveryTenantTable_IsTenantOwnedWithTenantFilter(string typeName)
    {
        var entityType = BuildModel().GetEntityTypes().Single(t => t.ClrType.FullName == typeName);
        typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType).ShouldBeTrue($"{typeName} must implement ITenantOwned");
        var root = entityType.GetRootType();
        root.FindDeclaredQueryFilter(TenantDbContext.TenantFilter).ShouldNotBeNull($"{typeName} has no tenant query filter");
        root.FindProperty(nameof(ITenantOwned.TenantId))!.IsConcurrencyToken.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void Entity_CompanyOwnedTable_HasCompanyFilter(string typeName)
    {
        var entityType = BuildModel().GetEntityTypes().Single(t => t.ClrType.FullName == typeName);
        if (!typeof(ICompanyOwned).IsAssignableFrom(entityType.ClrType))
        {
            entityType.GetRootType().FindDeclaredQueryFilter(TenantDbContext.CompanyFilter).ShouldBeNull();
            return;
        }

        entityType.GetRootType().FindDeclaredQueryFilter(TenantDbContext.CompanyFilter).ShouldNotBeNull($"{typeName} has no company query filter");
    }
}
