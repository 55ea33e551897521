using MetaHub.Kernel.Data;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Leads.Domain;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Leads.Features.FollowUps;

/// <summary>Today's follow-ups: open leads (neither won nor lost) whose next contact is today (the company's day) or already past, oldest first.</summary>
internal sealed class LeadFollowUps(ITenantDbContextFactory databases, ICurrentUser user, IPeopleDirectory people, ICompanyCalendar calendar)
{
    public async Task<PagedResult<FollowUpItem>> DueAsync(bool mine, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        await using var db = databases.CreateDbContext();
        var leads = db.Set<Lead>().AsNoTracking()
            .Where(l => l.Status != LeadStatus.Won && l.Status != LeadStatus.Lost && l.NextContactDate != null && l.NextContactDate <= today);
        if (mine)
        {
            leads = leads.Where(l => l.AssigneeId == user.UserId);
        }

        var due = await leads.OrderBy(l => l.NextContactDate).ThenBy(l => l.CompanyName)
            .Select(l => new FollowUpItem(
                l.Id, l.CompanyName, l.ContactPerson, l.Phone, l.Email, l.Status, l.NextContactDate!.Value, l.NextContactDate < today,
                l.ExpectedValue, l.Currency, l.AssigneeId, null))
            .ToPageAsync(page, pageSize, cancellationToken);
        var names = await people.NamesAsync([.. due.Items.Where(i => i.AssigneeId is not null).Select(i => i.AssigneeId!.Value).Distinct()], cancellationToken);
        return due with { Items = [.. due.Items.Select(i => i.AssigneeId is { } id ? i with { AssigneeName = names.GetValueOrDefault(id) } : i)] };
    }
}
