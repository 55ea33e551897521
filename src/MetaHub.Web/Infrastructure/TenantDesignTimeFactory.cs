using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MetaHub.Web.Infrastructure;

internal sealed class TenantDesignTimeFactory : IDesignTimeDbContextFactory<TenantDbContext>
{
    public TenantDbContext CreateDbContext(string[] args)
    {
        var options = DesignTimeProvider.Options(args);
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(DesignTimeProvider.MigrationsAssembly(options)));
        }
        else
        {
            builder.UseNpgsql("Host=localhost;Database=metahub_design", o => o.MigrationsAssembly(DesignTimeProvider.MigrationsAssembly(options)));
        }

        return new TenantDbContext(builder.Options, new TenantModelConfiguration(MetaHubModules.All), DataScope.ForTenant(Guid.Empty));
    }
}
