using System.Collections.Concurrent;
using System.Collections.Frozen;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// In-memory view of the catalog used on every request. Lookups by slug or domain are answered
/// from memory without allocating; only a first sighting (or an expired one) reads the catalog.
/// Misses are remembered briefly, and catalog changes invalidate the affected keys.
/// </summary>
internal sealed class TenantDirectory
{
    private readonly IDbContextFactory<CatalogDbContext> catalog;
    private readonly TenantConnections connections;
    private readonly TimeProvider time;
    private readonly long hitTtl;
    private readonly long missTtl;

    private readonly ConcurrentDictionary<string, Slot> slugs = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Slot> domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Guid, CachedEntry> entries = new();
    private readonly ConcurrentDictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> slugLookup;
    private readonly ConcurrentDictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> domainLookup;

    // Bumped by every invalidation; a load that raced with one does not store its stale answer.
    private long generation;

    public TenantDirectory(
        IDbContextFactory<CatalogDbContext> catalog,
        TenantConnections connections,
        IOptions<TenancyOptions> options,
        TimeProvider time)
    {
        this.catalog = catalog;
        this.connections = connections;
        this.time = time;
        hitTtl = TimeSpan.FromMinutes(options.Value.CacheMinutes).Ticks * time.TimestampFrequency / TimeSpan.TicksPerSecond;
        missTtl = TimeSpan.FromSeconds(options.Value.MissCacheSeconds).Ticks * time.TimestampFrequency / TimeSpan.TicksPerSecond;
        slugLookup = slugs.GetAlternateLookup<ReadOnlySpan<char>>();
        domainLookup = domains.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Answers from memory. Returns false when the catalog has to be asked.</summary>
    public bool TryFindBySlug(ReadOnlySpan<char> slug, out TenantEntry? entry) =>
        TryFind(slugLookup.TryGetValue(slug, out var slot), slot, out entry);

    /// <inheritdoc cref="TryFindBySlug"/>
    public bool TryFindByDomain(ReadOnlySpan<char> domain, out TenantEntry? entry) =>
        TryFind(domainLookup.TryGetValue(domain, out var slot), slot, out entry);

    public async Task<TenantEntry?> LoadBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        slug = slug.ToLowerInvariant();
        var observed = Interlocked.Read(ref generation);
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().Include(t => t.Database)
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        var entry = tenant is null ? null : ToEntry(tenant);
        Store(slugs, slug, entry, observed);
        return entry;
    }

    public async Task<TenantEntry?> LoadByDomainAsync(string domain, CancellationToken cancellationToken)
    {
        domain = domain.ToLowerInvariant();
        var observed = Interlocked.Read(ref generation);
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.TenantDomains.AsNoTracking()
            .Where(d => d.Domain == domain)
            .Join(db.Tenants.Include(t => t.Database), d => d.TenantId, t => t.Id, (_, t) => t)
            .FirstOrDefaultAsync(cancellationToken);
        var entry = tenant is null ? null : ToEntry(tenant);
        Store(domains, domain, entry, observed);
        return entry;
    }

    public void Invalidate(CatalogChanges changes)
    {
        Interlocked.Increment(ref generation);
        foreach (var slug in changes.Slugs)
        {
            slugs.TryRemove(slug, out _);
        }

        foreach (var domain in changes.Domains)
        {
            domains.TryRemove(domain, out _);
        }

        foreach (var tenantId in changes.TenantIds)
        {
            entries.TryRemove(tenantId, out _);
        }

        if (changes.DatabaseIds.Count > 0)
        {
            foreach (var (tenantId, cached) in entries)
            {
                if (changes.DatabaseIds.Contains(cached.Entry.Route.DatabaseId))
                {
                    entries.TryRemove(tenantId, out _);
                }
            }
        }
    }

    private bool TryFind(bool found, Slot slot, out TenantEntry? entry)
    {
        entry = null;
        var now = time.GetTimestamp();
        if (!found || slot.ExpiresAt < now)
        {
            return false;
        }

        if (slot.TenantId == Guid.Empty)
        {
            return true;
        }

        if (entries.TryGetValue(slot.TenantId, out var cached) && cached.ExpiresAt >= now)
        {
            entry = cached.Entry;
            return true;
        }

        return false;
    }

    private void Store(ConcurrentDictionary<string, Slot> index, string key, TenantEntry? entry, long observedGeneration)
    {
        if (Interlocked.Read(ref generation) != observedGeneration)
        {
            return;
        }

        var now = time.GetTimestamp();
        if (entry is null)
        {
            index[key] = new Slot(Guid.Empty, now + missTtl);
            return;
        }

        entries[entry.Info.Id] = new CachedEntry(entry, now + hitTtl);
        index[key] = new Slot(entry.Info.Id, now + hitTtl);
    }

    private TenantEntry ToEntry(Tenant tenant)
    {
        var modules = tenant.EnabledModules
            .Select(m => m.Trim().ToLowerInvariant())
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var info = new TenantInfo(tenant.Id, tenant.Slug, tenant.Name, tenant.Status, modules, tenant.Branding);
        var connectionString = tenant.Database.ConnectionStringCipher is null && connections.Provider == DatabaseProvider.Postgres
            ? ""
            : connections.GetAppConnectionString(tenant.Database);
        return new TenantEntry(info, new TenantRoute(tenant.DatabaseId, tenant.Database.Placement, connectionString));
    }

    private readonly record struct Slot(Guid TenantId, long ExpiresAt);

    private readonly record struct CachedEntry(TenantEntry Entry, long ExpiresAt);
}
