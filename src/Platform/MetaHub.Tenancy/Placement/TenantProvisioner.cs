using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Migrations;
using MetaHub.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Tenancy.Placement;

/// <summary>
/// Places a tenant: the catalog rows (tenant, primary domain <c>{slug}.{BaseDomain}</c>), its
/// database (own, or the server's shared one) migrated to the latest schema, then marks it Active.
/// Running it again for the same slug finishes what an earlier run left undone.
/// </summary>
internal sealed class TenantProvisioner(
    IDbContextFactory<CatalogDbContext> catalog,
    TenantDatabaseProvisioner databases,
    TenantMigrationRunner migrations,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<TenancyOptions> tenancyOptions,
    TimeProvider time)
{
    public async Task<Tenant> ProvisionAsync(NewTenant request, CancellationToken cancellationToken)
    {
        var slug = request.Slug.Trim().ToLowerInvariant();
        if (!TenantSlug.IsValid(slug))
        {
            throw new ArgumentException($"'{request.Slug}' is not a tenant slug: 3–40 characters of a–z, 0–9 and inner hyphens.", nameof(request));
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;

        var tenant = await db.Tenants.Include(t => t.Database).Include(t => t.Domains)
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (tenant is null)
        {
            var database = await PlaceAsync(db, slug, request, now, cancellationToken);
            tenant = new Tenant
            {
                Slug = slug,
                Name = request.Name,
                Status = TenantStatus.Provisioning,
                Database = database,
                EnabledModules = request.EnabledModules.Select(m => m.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList(),
                Branding = request.Branding ?? TenantBranding.Default,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var domain = HostName.Normalize($"{slug}.{tenancyOptions.Value.BaseDomain}");
            if (domain is not null)
            {
                tenant.Domains.Add(new TenantDomain { Domain = domain, IsPrimary = true, IsVerified = true, CreatedAt = now });
            }

            db.Tenants.Add(tenant);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (tenant.Database.ConnectionStringCipher is null || tenant.Database.SchemaVersion is null)
        {
            await databases.CreateAsync(tenant.Database, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (tenant.Database.SchemaVersion != migrations.LatestMigration()
            && !await migrations.MigrateAsync(tenant.Database, cancellationToken))
        {
            throw new InvalidOperationException($"The database of tenant '{slug}' could not be migrated.");
        }

        if (tenant.Status == TenantStatus.Provisioning)
        {
            tenant.Status = TenantStatus.Active;
            tenant.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return tenant;
    }

    private async Task<TenantDatabase> PlaceAsync(
        CatalogDbContext db, string slug, NewTenant request, DateTime now, CancellationToken cancellationToken)
    {
        if (request.Placement == TenantPlacement.Shared)
        {
            var sharedName = databaseOptions.Value.SharedDatabaseName;
            var shared = await db.TenantDatabases.FirstOrDefaultAsync(
                d => d.Server == request.Server && d.Name == sharedName, cancellationToken);
            if (shared is not null)
            {
                return shared;
            }

            return new TenantDatabase { Server = request.Server, Name = sharedName, Placement = TenantPlacement.Shared, CreatedAt = now };
        }

        return new TenantDatabase
        {
            Server = request.Server,
            Name = databaseOptions.Value.DedicatedDatabasePrefix + slug.Replace('-', '_'),
            Placement = TenantPlacement.Dedicated,
            CreatedAt = now,
        };
    }
}
