using System.Linq.Expressions;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Validation;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features.Browse;

/// <summary>Reads the active company's leads: the filtered list, one lead with its history, the leads a customer came from.</summary>
internal sealed class LeadBrowser(ITenantDbContextFactory databases, IPeopleDirectory people, IStringLocalizer<LeadsResources> localizer)
{
    /// <summary>The pipeline's order, for sorting by status: the column stores the name, whose alphabet means nothing.</summary>
    public static readonly Expression<Func<Lead, int>> PipelineOrder = l =>
        l.Status == LeadStatus.New ? 0
        : l.Status == LeadStatus.Contacted ? 1
        : l.Status == LeadStatus.MeetingScheduled ? 2
        : l.Status == LeadStatus.ProposalSent ? 3
        : l.Status == LeadStatus.Negotiation ? 4
        : l.Status == LeadStatus.Won ? 5
        : 6;

    public async Task<PagedResult<LeadListItem>> ListAsync(LeadListQuery query, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(localizer);
        var status = errors.Choice<LeadStatus>("status", query.Status);
        var source = errors.Choice<LeadSource>("source", query.Source);
        errors.ThrowIfAny();

        await using var db = databases.CreateDbContext();
        var leads = db.Set<Lead>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();

            // Translated to SQL lower() on both providers; the culture overloads have no translation.
#pragma warning disable CA1304, CA1311, CA1862, MA0011
            leads = leads.Where(l => l.CompanyName.ToLower().Contains(term)
                || l.ContactPerson!.ToLower().Contains(term)
                || l.Email!.ToLower().Contains(term)
                || l.Phone!.Contains(term));
#pragma warning restore CA1304, CA1311, CA1862, MA0011
        }

        if (status is { } wantedStatus)
        {
            leads = leads.Where(l => l.Status == wantedStatus);
        }

        if (source is { } wantedSource)
        {
            leads = leads.Where(l => l.Source == wantedSource);
        }

        if (query.AssigneeId is { } assigneeId)
        {
            leads = leads.Where(l => l.AssigneeId == assigneeId);
        }

        var page = await Sort(leads, query.Sort).Select(ToItem).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return page with { Items = await WithAssigneeNamesAsync(page.Items, cancellationToken) };
    }

    public async Task<LeadDetails> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var lead = await db.Set<Lead>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new NotFoundException(localizer["lead.notFound"]);
        var activities = await db.Set<LeadActivity>().AsNoTracking()
            .Where(a => a.LeadId == id)
            .OrderByDescending(a => a.ContactDate).ThenByDescending(a => a.CreatedAt)
            .Select(a => new LeadActivityItem(a.Id, a.Type, a.Description, a.ContactDate, a.NextAction, a.NextActionDate, a.CreatedBy, a.CreatedByName, a.CreatedAt))
            .ToListAsync(cancellationToken);
        var assigneeName = lead.AssigneeId is { } assigneeId ? (await people.NamesAsync([assigneeId], cancellationToken)).GetValueOrDefault(assigneeId) : null;
        return new LeadDetails(
            lead.Id, lead.CompanyName, lead.ContactPerson, lead.Phone, lead.Email, lead.Source, lead.Status, lead.ExpectedValue, lead.Currency,
            lead.NextContactDate, lead.Notes, lead.AssigneeId, assigneeName, lead.LostReason, lead.CustomerId, lead.ConvertedAt, lead.CreatedAt, lead.UpdatedAt,
            activities);
    }

    /// <summary>The leads that became <paramref name="customerId"/>, for the customer's page.</summary>
    public async Task<IReadOnlyList<LeadListItem>> ConvertedIntoAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var items = await db.Set<Lead>().AsNoTracking()
            .Where(l => l.CustomerId == customerId)
            .OrderByDescending(l => l.ConvertedAt)
            .Select(ToItem)
            .ToListAsync(cancellationToken);
        return await WithAssigneeNamesAsync(items, cancellationToken);
    }

    private static readonly Expression<Func<Lead, LeadListItem>> ToItem = l => new LeadListItem(
        l.Id, l.CompanyName, l.ContactPerson, l.Phone, l.Email, l.Source, l.Status, l.ExpectedValue, l.Currency, l.NextContactDate, l.AssigneeId, null,
        l.CustomerId, l.CreatedAt);

    private async Task<IReadOnlyList<LeadListItem>> WithAssigneeNamesAsync(IReadOnlyList<LeadListItem> items, CancellationToken cancellationToken)
    {
        var names = await people.NamesAsync([.. items.Where(i => i.AssigneeId is not null).Select(i => i.AssigneeId!.Value).Distinct()], cancellationToken);
        return [.. items.Select(i => i.AssigneeId is { } id ? i with { AssigneeName = names.GetValueOrDefault(id) } : i)];
    }

    private static IQueryable<Lead> Sort(IQueryable<Lead> leads, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = sort?.TrimStart('-').ToLowerInvariant();
        return (key, descending) switch
        {
            ("companyname", false) => leads.OrderBy(l => l.CompanyName).ThenBy(l => l.Id),
            ("companyname", true) => leads.OrderByDescending(l => l.CompanyName).ThenBy(l => l.Id),
            ("nextcontactdate", false) => leads.OrderBy(l => l.NextContactDate == null).ThenBy(l => l.NextContactDate).ThenBy(l => l.CompanyName),
            ("nextcontactdate", true) => leads.OrderBy(l => l.NextContactDate == null).ThenByDescending(l => l.NextContactDate).ThenBy(l => l.CompanyName),
            ("expectedvalue", false) => leads.OrderBy(l => l.ExpectedValue == null).ThenBy(l => l.ExpectedValue).ThenBy(l => l.CompanyName),
            ("expectedvalue", true) => leads.OrderBy(l => l.ExpectedValue == null).ThenByDescending(l => l.ExpectedValue).ThenBy(l => l.CompanyName),
            ("status", false) => leads.OrderBy(PipelineOrder).ThenBy(l => l.CompanyName),
            ("status", true) => leads.OrderByDescending(PipelineOrder).ThenBy(l => l.CompanyName),
            ("createdat", false) => leads.OrderBy(l => l.CreatedAt).ThenBy(l => l.Id),
            _ => leads.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id),
        };
    }
}
