using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MetaHub.Web.Infrastructure;

internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogDbContextOptions.Configure(builder, DesignTimeProvider.Options(args));
        return new CatalogDbContext(builder.Options);
    }
}
