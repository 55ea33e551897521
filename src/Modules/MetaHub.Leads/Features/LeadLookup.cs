using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features;

internal static class LeadLookup
{
    /// <summary>The lead, tracked, if it is in the caller's company: another company's or tenant's lead is simply not found.</summary>
    public static async Task<Lead> FindAsync(TenantDbContext db, Guid id, IStringLocalizer<LeadsResources> localizer, CancellationToken cancellationToken) =>
        await db.Set<Lead>().FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new NotFoundException(localizer["lead.notFound"]);
}
