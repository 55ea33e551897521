using MetaHub.Tenancy.Catalog;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// The resolution contract of SPEC §2.1, in order: the <c>x-tenant</c> header (which never falls
/// through), the host (through <c>Origin</c>/<c>Referer</c> on API domains; catalog domains, then
/// <c>{slug}.{BaseDomain}</c>), then the development fallback. Completes synchronously and without
/// allocating when the directory already knows the answer.
/// </summary>
internal sealed class TenantResolver
{
    private readonly TenantDirectory directory;
    private readonly string baseDomainSuffix;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> apiDomains;
    private readonly string? developmentTenant;

    public TenantResolver(TenantDirectory directory, IOptions<TenancyOptions> options, IHostEnvironment environment)
    {
        this.directory = directory;
        var settings = options.Value;
        baseDomainSuffix = "." + (HostName.Normalize(settings.BaseDomain) ?? settings.BaseDomain);
        apiDomains = settings.ApiDomains
            .Select(HostName.Normalize)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        developmentTenant = environment.IsDevelopment() ? DevelopmentTenant(settings) : null;
    }

    public ValueTask<TenantResolution> ResolveAsync(
        string? tenantHeader, string? host, string? origin, string? referer, CancellationToken cancellationToken)
    {
        var header = tenantHeader.AsSpan().Trim();
        if (!header.IsEmpty)
        {
            return FindBySlugAsync(header, TenantResolutionSource.Header, cancellationToken);
        }

        if (TryGetRequestHost(host, origin, referer, out var requestHost))
        {
            if (directory.TryFindByDomain(requestHost, out var cached))
            {
                if (cached is not null)
                {
                    return ValueTask.FromResult(new TenantResolution(cached, TenantResolutionSource.Host));
                }
            }
            else
            {
                return ResolveHostSlowAsync(requestHost.ToString(), cancellationToken);
            }

            if (TryGetSubdomainSlug(requestHost, out var slug) && TenantSlug.IsValidIgnoringCase(slug))
            {
                if (!directory.TryFindBySlug(slug, out cached))
                {
                    return ResolveSubdomainSlowAsync(slug.ToString(), cancellationToken);
                }

                if (cached is not null)
                {
                    return ValueTask.FromResult(new TenantResolution(cached, TenantResolutionSource.Host));
                }
            }
        }

        return developmentTenant is null
            ? ValueTask.FromResult(TenantResolution.NotFound)
            : FindBySlugAsync(developmentTenant, TenantResolutionSource.DevelopmentFallback, cancellationToken);
    }

    internal static string? DevelopmentTenant(TenancyOptions settings) =>
        new[]
        {
            Environment.GetEnvironmentVariable("NEXT_PUBLIC_APP_ENV"),
            Environment.GetEnvironmentVariable("NEXT_PUBLIC_TENANT_NAME"),
            Environment.GetEnvironmentVariable("TENANT_NAME"),
            settings.DevTenant,
        }.Select(s => s?.Trim()).FirstOrDefault(s => !string.IsNullOrEmpty(s));

    private bool TryGetRequestHost(string? host, string? origin, string? referer, out ReadOnlySpan<char> requestHost)
    {
        if (!HostName.TryNormalize(host, out requestHost))
        {
            return false;
        }

        if (!apiDomains.Contains(requestHost))
        {
            return true;
        }

        // An API domain serves many sites: the site that called it names the tenant.
        return HostName.TryGetHostFromUrl(origin, out requestHost)
            || HostName.TryGetHostFromUrl(referer, out requestHost);
    }

    private bool TryGetSubdomainSlug(ReadOnlySpan<char> host, out ReadOnlySpan<char> slug)
    {
        slug = default;
        if (!host.EndsWith(baseDomainSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        slug = host[..^baseDomainSuffix.Length];
        return !slug.IsEmpty && !slug.Contains('.');
    }

    private ValueTask<TenantResolution> FindBySlugAsync(
        ReadOnlySpan<char> slug, TenantResolutionSource source, CancellationToken cancellationToken)
    {
        // Something that cannot be a slug is answered without the catalog or the cache.
        if (!TenantSlug.IsValidIgnoringCase(slug))
        {
            return ValueTask.FromResult(TenantResolution.NotFound);
        }

        if (directory.TryFindBySlug(slug, out var cached))
        {
            return ValueTask.FromResult(cached is null ? TenantResolution.NotFound : new TenantResolution(cached, source));
        }

        return LoadBySlugAsync(slug.ToString(), source, cancellationToken);
    }

    private async ValueTask<TenantResolution> LoadBySlugAsync(string slug, TenantResolutionSource source, CancellationToken cancellationToken)
    {
        var entry = await directory.LoadBySlugAsync(slug, cancellationToken);
        return entry is null ? TenantResolution.NotFound : new TenantResolution(entry, source);
    }

    private async ValueTask<TenantResolution> ResolveHostSlowAsync(string host, CancellationToken cancellationToken)
    {
        var entry = await directory.LoadByDomainAsync(host, cancellationToken);
        if (entry is not null)
        {
            return new TenantResolution(entry, TenantResolutionSource.Host);
        }

        // Straight on to the subdomain step: asking the directory again could find the answer
        // still missing (a concurrent invalidation) and go round forever.
        if (TryGetSubdomainSlug(host, out var slug) && TenantSlug.IsValidIgnoringCase(slug))
        {
            return await ResolveSubdomainSlowAsync(slug.ToString(), cancellationToken);
        }

        return await DevelopmentFallbackAsync(cancellationToken);
    }

    private async ValueTask<TenantResolution> ResolveSubdomainSlowAsync(string slug, CancellationToken cancellationToken)
    {
        var entry = directory.TryFindBySlug(slug, out var cached) ? cached : await directory.LoadBySlugAsync(slug, cancellationToken);
        if (entry is not null)
        {
            return new TenantResolution(entry, TenantResolutionSource.Host);
        }

        return await DevelopmentFallbackAsync(cancellationToken);
    }

    private ValueTask<TenantResolution> DevelopmentFallbackAsync(CancellationToken cancellationToken) =>
        developmentTenant is null
            ? ValueTask.FromResult(TenantResolution.NotFound)
            : FindBySlugAsync(developmentTenant, TenantResolutionSource.DevelopmentFallback, cancellationToken);
}
