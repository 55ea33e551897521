using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Net;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Placement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// In-memory view of the catalog used on every request. Lookups by slug or domain are answered
/// from memory without allocating; only a first sighting (or an expired one) reads the catalog.
/// Misses are remembered briefly in a bounded table, so made-up names can neither grow memory
/// nor reach the catalog more than once per expiry. Catalog changes invalidate the affected keys.
/// </summary>
internal sealed class TenantDirectory
{
    /// <summary>Remembered misses per kind; past this the table starts afresh.</summary>
    internal const int MaxRememberedMisses = 10_000;

    private readonly IDbContextFactory<CatalogDbContext> catalog;
    private readonly TenantConnections connections;
    private readonly TimeProvider time;
    private readonly long hitTtl;
    private readonly long missTtl;

    private readonly Index slugs = new();
    private readonly Index domains = new();
    private readonly ConcurrentDictionary<Guid, CachedEntry> entries = new();

    // Writers (stores and invalidations) take this lock; readers never do. Together with the
    // generation it keeps a load that raced with a catalog change from caching its stale answer.
    private readonly Lock gate = new();
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
    }

    /// <summary>Answers from memory. Returns false when the catalog has to be asked.</summary>
    public bool TryFindBySlug(ReadOnlySpan<char> slug, out TenantEntry? entry) => TryFind(slugs, slug, out entry);

    /// <inheritdoc cref="TryFindBySlug"/>
    public bool TryFindByDomain(ReadOnlySpan<char> domain, out TenantEntry? entry) => TryFind(domains, domain, out entry);

    public async Task<TenantEntry?> LoadBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        slug = slug.ToLowerInvariant();
        var observed = Volatile.Read(ref generation);
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().Include(t => t.Database)
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        return Store(slugs, slug, tenant is null ? null : await ModulesOfAsync(db, tenant, cancellationToken), observed);
    }

    public async Task<TenantEntry?> LoadByDomainAsync(string domain, CancellationToken cancellationToken)
    {
        domain = domain.ToLowerInvariant();
        var observed = Volatile.Read(ref generation);
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);

        // Only verified domains route: claiming a domain does not capture its traffic.
        var tenant = await db.TenantDomains.AsNoTracking()
            .Where(d => d.Domain == domain && d.IsVerified)
            .Join(db.Tenants.Include(t => t.Database), d => d.TenantId, t => t.Id, (_, t) => t)
            .FirstOrDefaultAsync(cancellationToken);
        return Store(domains, domain, tenant is null ? null : await ModulesOfAsync(db, tenant, cancellationToken), observed);
    }

    /// <summary>
    /// The tenant by id, from memory while its entry is fresh; otherwise one catalog read, which is
    /// cached for the requests, circuits and jobs that follow. For callers that know a tenant's id
    /// but not how it was addressed (background jobs, flags in a long-lived circuit).
    /// </summary>
    public async ValueTask<TenantEntry?> FindAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(tenantId, out var cached) && cached.ExpiresAt >= time.GetTimestamp())
        {
            return cached.Entry;
        }

        var observed = Volatile.Read(ref generation);
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().Include(t => t.Database).FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken);

        // An unknown id is not remembered: ids come from our own records, not from the outside.
        return tenant is null ? null : Store(slugs, tenant.Slug, await ModulesOfAsync(db, tenant, cancellationToken), observed);
    }

    public void Invalidate(CatalogChanges changes)
    {
        lock (gate)
        {
            generation++;
            foreach (var slug in changes.Slugs)
            {
                slugs.Remove(slug);
            }

            foreach (var domain in changes.Domains)
            {
                domains.Remove(domain);
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
    }

    private bool TryFind(Index index, ReadOnlySpan<char> key, out TenantEntry? entry)
    {
        entry = null;
        var now = time.GetTimestamp();
        if (index.HitLookup.TryGetValue(key, out var hit))
        {
            if (hit.ExpiresAt >= now && entries.TryGetValue(hit.TenantId, out var cached) && cached.ExpiresAt >= now)
            {
                entry = cached.Entry;
                return true;
            }

            return false;
        }

        return index.MissLookup.TryGetValue(key, out var expiresAt) && expiresAt >= now;
    }

    /// <summary>The tenant with its modules (meta merged with setting) and feature-flag switches.</summary>
    private static async Task<TenantWithModules> ModulesOfAsync(CatalogDbContext db, Tenant tenant, CancellationToken cancellationToken)
    {
        var definitions = await db.ModuleDefinitions.AsNoTracking().ToListAsync(cancellationToken);
        var metas = await db.ModuleMetas.AsNoTracking().Where(m => m.TenantId == tenant.Id).ToListAsync(cancellationToken);
        var settings = await db.ModuleSettings.AsNoTracking().Where(s => s.TenantId == tenant.Id).ToListAsync(cancellationToken);
        var flags = await db.ModuleFeatureFlags.AsNoTracking().Where(f => f.TenantId == tenant.Id)
            .ToDictionaryAsync(f => f.Module + "." + f.Key, f => f.Enabled, StringComparer.Ordinal, cancellationToken);
        return new TenantWithModules(tenant, ModuleMerge.Effective(definitions, metas, settings, tenant.EnabledModules), flags.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private TenantEntry? Store(Index index, string key, TenantWithModules? tenant, long observedGeneration)
    {
        var entry = tenant is null ? null : ToEntry(tenant);
        lock (gate)
        {
            if (generation != observedGeneration)
            {
                return entry;
            }

            var now = time.GetTimestamp();
            if (entry is null)
            {
                if (index.Misses.Count >= MaxRememberedMisses)
                {
                    index.Misses.Clear();
                }

                // A key that used to name a tenant and no longer does must stop answering with it.
                index.Hits.TryRemove(key, out _);
                index.Misses[key] = now + missTtl;
                return null;
            }

            entries[entry.Info.Id] = new CachedEntry(entry, now + hitTtl);
            index.Hits[key] = new CachedKey(entry.Info.Id, now + hitTtl);
            index.Misses.TryRemove(key, out _);
            return entry;
        }
    }

    private TenantEntry ToEntry(TenantWithModules loaded)
    {
        var (tenant, modules, flags) = loaded;
        var security = new TenantSecurity(
            tenant.RequireTwoFactor,
            [.. tenant.IpAllowList.Select(cidr => IPNetwork.TryParse(cidr, out var network) ? network : (IPNetwork?)null).OfType<IPNetwork>()]);
        var enabled = modules.Where(m => m.Enabled).Select(m => m.Code).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var info = new TenantInfo(tenant.Id, tenant.Slug, tenant.Name, tenant.Status, enabled, tenant.Branding, security, tenant.SetupCompleted)
        {
            Modules = modules,
            FeatureFlags = flags,
        };
        var connectionString = tenant.Database.ConnectionStringCipher is null && connections.Provider == DatabaseProvider.Postgres
            ? ""
            : connections.GetAppConnectionString(tenant.Database);
        return new TenantEntry(info, new TenantRoute(tenant.DatabaseId, tenant.Database.Placement, connectionString));
    }

    private sealed record TenantWithModules(Tenant Tenant, IReadOnlyList<EffectiveModule> Modules, FrozenDictionary<string, bool> Flags);

    private readonly record struct CachedEntry(TenantEntry Entry, long ExpiresAt);

    private readonly record struct CachedKey(Guid TenantId, long ExpiresAt);

    /// <summary>Keys of one kind (slugs or domains): those that name a tenant, and remembered misses.</summary>
    private sealed class Index
    {
        public Index()
        {
            HitLookup = Hits.GetAlternateLookup<ReadOnlySpan<char>>();
            MissLookup = Misses.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public ConcurrentDictionary<string, CachedKey> Hits { get; } = new(StringComparer.OrdinalIgnoreCase);

        public ConcurrentDictionary<string, long> Misses { get; } = new(StringComparer.OrdinalIgnoreCase);

        public ConcurrentDictionary<string, CachedKey>.AlternateLookup<ReadOnlySpan<char>> HitLookup { get; }

        public ConcurrentDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> MissLookup { get; }

        public void Remove(string key)
        {
            Hits.TryRemove(key, out _);
            Misses.TryRemove(key, out _);
        }
    }
}
