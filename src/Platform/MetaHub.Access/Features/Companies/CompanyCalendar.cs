using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access.Features.Companies;

/// <summary><see cref="ICompanyCalendar"/> over the companies' settings; a zone this machine does not know counts as the default.</summary>
internal sealed class CompanyCalendar(ITenantDbContextFactory databases, ITenantContext tenant, TimeProvider time) : ICompanyCalendar
{
    private static readonly string DefaultZone = new CompanySettings().TimeZone;

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) =>
        tenant.Scope is { HasCompany: true, GroupView: false } scope
            ? (await TodayAsync([scope.CompanyId], cancellationToken)).GetValueOrDefault(scope.CompanyId, Today(DefaultZone))
            : Today(DefaultZone);

    public async Task<IReadOnlyDictionary<Guid, DateOnly>> TodayAsync(IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        if (companyIds.Count == 0)
        {
            return new Dictionary<Guid, DateOnly>();
        }

        await using var db = databases.CreateTenantWideDbContext();
        var zones = await db.Set<Company>().AsNoTracking()
            .Where(c => companyIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Settings.TimeZone })
            .ToListAsync(cancellationToken);
        return zones.ToDictionary(c => c.Id, c => Today(c.TimeZone));
    }

    private DateOnly Today(string zoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) || TimeZoneInfo.TryFindSystemTimeZoneById(DefaultZone, out found)
            ? found
            : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }
}
