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
/// Each step runs on its own and does nothing when its work is done, so running the steps again
/// for the same slug finishes what an earlier run left undone.
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
        var tenant = await CreateEntryAsync(request, cancellationToken);
        await CreateDatabaseAsync(tenant.Id, cancellationToken);
        await MigrateAsync(tenant.Id, cancellationToken);
        return await ActivateAsync(tenant.Id, cancellationToken);
    }

    /// <summary>The catalog rows: the tenant (Provisioning), its primary domain and its database placement.</summary>
    public async Task<Tenant> CreateEntryAsync(NewTenant request, CancellationToken cancellationToken)
    {
        var slug = request.Slug.Trim().ToLowerInvariant();
        if (!TenantSlug.IsValid(slug))
        {
            throw new ArgumentException($"'{request.Slug}' is not a tenant slug: 3–40 characters of a–z, 0–9 and inner hyphens.", nameof(request));
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.Include(t => t.Domains).FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (tenant is not null)
        {
            return tenant;
        }

        var now = time.GetUtcNow().UtcDateTime;
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
        return tenant;
    }

    /// <summary>The physical database (or, for a shared one, its first use) with its login; nothing when it exists.</summary>
    public async Task CreateDatabaseAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await LoadAsync(db, tenantId, cancellationToken);
        if (tenant.Database.ConnectionStringCipher is null || tenant.Database.SchemaVersion is null)
        {
            await databases.CreateAsync(tenant.Database, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Brings the tenant's database to the latest schema; nothing when it is current.</summary>
    public async Task MigrateAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await LoadAsync(db, tenantId, cancellationToken);
        if (tenant.Database.SchemaVersion != migrations.LatestMigration()
            && !await migrations.MigrateAsync(tenant.Database, cancellationToken))
        {
            throw new InvalidOperationException($"The database of tenant '{tenant.Slug}' could not be migrated.");
        }
    }

    /// <summary>Opens the tenant to requests.</summary>
    public async Task<Tenant> ActivateAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await LoadAsync(db, tenantId, cancellationToken);
        if (tenant.Status == TenantStatus.Provisioning)
        {
            tenant.Status = TenantStatus.Active;
            tenant.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return tenant;
    }

    private static async Task<Tenant> LoadAsync(CatalogDbContext db, Guid tenantId, CancellationToken cancellationToken) =>
        await db.Tenants.Include(t => t.Database).Include(t => t.Domains).FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken)
        ?? throw new InvalidOperationException($"Tenant {tenantId} is not in the catalog.");

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
