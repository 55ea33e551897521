using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Validation;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features.Pipeline;

/// <summary>The board: a column per status in pipeline order, and moving a lead from one column to another.</summary>
internal sealed class LeadPipeline(
    ITenantDbContextFactory databases, IPeopleDirectory people, Authorship authors, IStringLocalizer<LeadsResources> localizer, TimeProvider time)
{
    /// <summary>Cards per column; a closed column keeps growing, and its most recent leads are the ones worth seeing.</summary>
    public const int CardLimit = 100;

    public async Task<IReadOnlyList<PipelineColumn>> BoardAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var sums = await db.Set<Lead>().AsNoTracking()
            .GroupBy(l => new { l.Status, l.Currency })
            .Select(g => new { g.Key.Status, g.Key.Currency, Count = g.Count(), Valued = g.Count(l => l.ExpectedValue != null), Amount = g.Sum(l => l.ExpectedValue) })
            .ToListAsync(cancellationToken);

        var cards = new List<PipelineCard>();
        foreach (var status in Enum.GetValues<LeadStatus>().Where(s => sums.Any(x => x.Status == s)))
        {
            var leads = db.Set<Lead>().AsNoTracking().Where(l => l.Status == status);
            var ordered = status is LeadStatus.Won or LeadStatus.Lost
                ? leads.OrderByDescending(l => l.UpdatedAt)
                : leads.OrderBy(l => l.NextContactDate == null).ThenBy(l => l.NextContactDate).ThenBy(l => l.CompanyName);
            cards.AddRange(await ordered.Take(CardLimit)
                .Select(l => new PipelineCard(l.Id, l.CompanyName, l.ContactPerson, l.Status, l.ExpectedValue, l.Currency, l.NextContactDate, l.AssigneeId, null, l.CustomerId))
                .ToListAsync(cancellationToken));
        }

        var names = await people.NamesAsync([.. cards.Where(c => c.AssigneeId is not null).Select(c => c.AssigneeId!.Value).Distinct()], cancellationToken);
        return
        [
            .. Enum.GetValues<LeadStatus>().Select(status => new PipelineColumn(
                status,
                sums.Where(x => x.Status == status).Sum(x => x.Count),
                [.. sums.Where(x => x.Status == status && x.Currency is not null && x.Valued > 0)
                    .GroupBy(x => x.Currency!, StringComparer.Ordinal)
                    .Select(g => new MoneyTotal(g.Key, g.Sum(x => x.Amount ?? 0)))
                    .OrderBy(t => t.Currency, StringComparer.Ordinal)],
                [.. cards.Where(c => c.Status == status).Select(c => c.AssigneeId is { } id ? c with { AssigneeName = names.GetValueOrDefault(id) } : c)])),
        ];
    }

    /// <summary>Moves the lead to <paramref name="request"/>'s status and writes the move to its history.</summary>
    public async Task ChangeStatusAsync(Guid id, StatusRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var lead = await LeadLookup.FindAsync(db, id, localizer, cancellationToken);
        var errors = new FieldErrors(localizer);
        var status = errors.Choice<LeadStatus>("status", request.Status, required: true);
        var lostReason = status is { } to ? StatusMove.Check(lead, to, request.LostReason, errors, localizer) : null;
        errors.ThrowIfAny();

        if (StatusMove.Apply(lead, status!.Value, lostReason, await authors.CurrentAsync(cancellationToken), time.GetUtcNow().UtcDateTime) is { } move)
        {
            db.Add(move);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
