using System.Globalization;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using MetaHub.Subscriptions.Modules;
using MetaHub.Subscriptions.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Subscriptions.ApiKeys;

/// <summary>
/// The operator's per-module API keys of a tenant (SPEC §4.9): created with a name, scopes and an
/// optional expiry, the whole key shown once and only its SHA-256 and prefix kept; listed without
/// any secret; revoked. Creating and revoking are written to the module history and the platform
/// audit, neither of which ever sees the key.
/// </summary>
internal sealed class ModuleApiKeys(
    IDbContextFactory<CatalogDbContext> catalog,
    ICurrentOperator currentOperator,
    IPlatformAuditLog audit,
    IStringLocalizer<ModuleResources> localizer,
    TimeProvider time)
{
    public const int NameMaxLength = 100;

    private string Actor => currentOperator.Email ?? "system";

    public async Task<CreatedModuleApiKey> CreateAsync(Guid tenantId, string module, ModuleApiKeyRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var name = (request.Name ?? "").Trim();
        var scopes = (request.Scopes ?? []).Select(s => (s ?? "").Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        DateTime? expiresAt = request.ExpiresAt is { } expiry ? Utc(expiry) : null;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (name.Length is 0 or > NameMaxLength)
        {
            errors["name"] = [localizer["apiKeyName", NameMaxLength]];
        }

        if (scopes.Count == 0 || scopes.Exists(s => !ModuleApiKeyFormat.Scopes.Contains(s, StringComparer.Ordinal)))
        {
            errors["scopes"] = [localizer["apiKeyScopes", string.Join(", ", ModuleApiKeyFormat.Scopes)]];
        }

        if (expiresAt <= now)
        {
            errors["expiresAt"] = [localizer["apiKeyExpiry"]];
        }

        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync(db, tenantId, module, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var (prefix, plain) = ModuleApiKeyFormat.New();
        var key = new ModuleApiKey
        {
            TenantId = tenantId,
            Module = module,
            Name = name,
            Prefix = prefix,
            SecretHash = ModuleApiKeyFormat.Hash(plain),
            Scopes = [.. ModuleApiKeyFormat.Scopes.Where(scopes.Contains)],
            ExpiresAt = expiresAt,
            CreatedBy = Actor,
            CreatedAt = now,
        };
        db.ModuleApiKeys.Add(key);
        var shown = ModuleApiKeyResponse.From(key);
        new ModuleRecords(db, Actor, now).Record(tenantId, module, "apiKey.create", "apiKey", null, Describe(shown));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("MODULE_API_KEY_CREATED", module, nameof(ModuleApiKey), key.Id.ToString(), Details(shown)), tenantId, cancellationToken);
        return new CreatedModuleApiKey(shown, plain);
    }

    /// <summary>The tenant's keys of the module, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ModuleApiKeyResponse>> ListAsync(Guid tenantId, string module, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync(db, tenantId, module, cancellationToken);
        var keys = await db.ModuleApiKeys.AsNoTracking()
            .Where(k => k.TenantId == tenantId && k.Module == module)
            .OrderByDescending(k => k.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. keys.Select(ModuleApiKeyResponse.From)];
    }

    /// <summary>Revokes the key at once; revoking it again changes and records nothing.</summary>
    public async Task RevokeAsync(Guid tenantId, string module, Guid keyId, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync(db, tenantId, module, cancellationToken);
        var key = await db.ModuleApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.TenantId == tenantId && k.Module == module, cancellationToken)
            ?? throw new NotFoundException(localizer["apiKeyNotFound"]);
        if (key.RevokedAt is not null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        key.RevokedAt = now;
        var shown = ModuleApiKeyResponse.From(key);
        new ModuleRecords(db, Actor, now).Record(tenantId, module, "apiKey.revoke", "apiKey", Describe(shown), null);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("MODULE_API_KEY_REVOKED", module, nameof(ModuleApiKey), key.Id.ToString(), Details(shown)), tenantId, cancellationToken);
    }

    /// <summary>The platform's modules, for choosing whose keys to manage, with their labels in <paramref name="culture"/>.</summary>
    public async Task<IReadOnlyList<(string Code, string Label)>> ModulesAsync(CultureInfo culture, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var definitions = await db.ModuleDefinitions.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);
        return [.. definitions.Select(d => (d.Code, d.Label.In(culture)))];
    }

    /// <summary>The tenant with this slug (any case), or null.</summary>
    public async Task<(Guid Id, string Name)?> TenantAsync(string slug, CancellationToken cancellationToken)
    {
        var wanted = slug.Trim().ToLowerInvariant();
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Slug == wanted).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        return tenant is null ? null : (tenant.Id, tenant.Name);
    }

    private async Task EnsureExistsAsync(CatalogDbContext db, Guid tenantId, string module, CancellationToken cancellationToken)
    {
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken))
        {
            throw new NotFoundException(localizer["tenantNotFound"]);
        }

        if (!await db.ModuleDefinitions.AnyAsync(d => d.Code == module, cancellationToken))
        {
            throw new NotFoundException(localizer["moduleNotFound", module]);
        }
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    private static string Describe(ModuleApiKeyResponse key) => $"{key.Name} ({key.Prefix}; {string.Join(", ", key.Scopes)})";

    private static Dictionary<string, string?> Details(ModuleApiKeyResponse key) => new(StringComparer.Ordinal)
    {
        ["name"] = key.Name,
        ["prefix"] = key.Prefix,
        ["scopes"] = string.Join(", ", key.Scopes),
        ["expiresAt"] = key.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture),
    };
}
