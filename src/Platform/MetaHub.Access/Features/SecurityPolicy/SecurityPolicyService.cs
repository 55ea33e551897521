using System.Net;
using System.Text.Json;
using MetaHub.Access.Auditing;
using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.SecurityPolicy;

/// <summary>
/// The tenant's sign-in policy (SPEC §5): mandatory second factor and the IP allow-list. Only an
/// owner of the active company changes it; a list that would shut out the caller's own address is
/// refused, and every change is audited with its old and new values.
/// </summary>
internal sealed class SecurityPolicyService(
    ITenantSecurityPolicyStore store,
    ITenantDbContextFactory databases,
    ITenantContext tenantContext,
    ICurrentUser user,
    TimeProvider time,
    IStringLocalizer<AccessResources> localizer)
{
    private const string Field = "ipAllowList";

    private TenantInfo Tenant => tenantContext.Tenant ?? throw new InvalidOperationException("The security policy needs a resolved tenant.");

    public async Task<SecurityPolicyResponse> GetAsync(CancellationToken cancellationToken)
    {
        var policy = await store.GetAsync(Tenant.Id, cancellationToken) ?? new TenantSecurityPolicy(true, []);
        return new SecurityPolicyResponse(policy.RequireTwoFactor, policy.IpAllowList, CallerAddress()?.ToString(), await IsOwnerAsync(cancellationToken));
    }

    public async Task ChangeAsync(SecurityPolicyRequest request, CancellationToken cancellationToken)
    {
        if (!await IsOwnerAsync(cancellationToken))
        {
            throw new ForbiddenException(localizer["securityPolicy.ownerOnly"]);
        }

        var entries = request.IpAllowList ?? [];
        var networks = new List<IPNetwork>(entries.Count);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (Parse(entries[i]) is { } network)
            {
                networks.Add(network);
            }
            else
            {
                errors[$"{Field}[{i}]"] = [localizer["securityPolicy.invalidNetwork", entries[i]?.Trim() ?? ""]];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var caller = CallerAddress();
        if (!new TenantSecurity(request.RequireTwoFactor, networks).Allows(caller))
        {
            throw ValidationException.For(
                Field, caller is null ? localizer["securityPolicy.unknownAddress"] : localizer["securityPolicy.lockout", caller.ToString()]);
        }

        var old = await store.GetAsync(Tenant.Id, cancellationToken) ?? new TenantSecurityPolicy(true, []);
        var next = new TenantSecurityPolicy(request.RequireTwoFactor, [.. networks.Select(n => n.ToString()).Distinct(StringComparer.OrdinalIgnoreCase)]);
        await store.SaveAsync(Tenant.Id, next, cancellationToken);
        await AuditAsync(old, next, cancellationToken);
    }

    /// <summary>A CIDR network, or a single address taken as a network of one; in canonical form.</summary>
    private static IPNetwork? Parse(string? entry)
    {
        var text = entry?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(text, out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8) : null;
        }

        return IPNetwork.TryParse(text, out var network) ? network : null;
    }

    private IPAddress? CallerAddress() =>
        IPAddress.TryParse(tenantContext.Actor.IpAddress, out var address) ? address : null;

    private async Task<bool> IsOwnerAsync(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId || user.CompanyId is not { } companyId)
        {
            return false;
        }

        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<Membership>().AnyAsync(m => m.UserId == userId && m.CompanyId == companyId && m.IsOwner, cancellationToken);
    }

    // The catalog is outside the tenant's audited unit of work, so the change is written to the log by hand.
    private async Task AuditAsync(TenantSecurityPolicy old, TenantSecurityPolicy next, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        var entry = AuditLog.Add(
            db, new AuditEvent(SecurityEvents.SecurityPolicyChanged, "access", "Tenant", Tenant.Id.ToString(), Values(next)), time);
        entry.OldValues = JsonSerializer.Serialize(Values(old));
        entry.CompanyId = user.CompanyId;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<string, string?> Values(TenantSecurityPolicy policy) => new(StringComparer.Ordinal)
    {
        ["requireTwoFactor"] = policy.RequireTwoFactor ? "true" : "false",
        ["ipAllowList"] = string.Join(", ", policy.IpAllowList),
    };
}
