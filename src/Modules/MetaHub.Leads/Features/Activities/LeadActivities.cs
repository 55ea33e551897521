using MetaHub.Kernel.Data;
using MetaHub.Kernel.Validation;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Features.Browse;
using MetaHub.Leads.Resources;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features.Activities;

/// <summary>Writes what happened with a lead and what comes next; the next action's date is when the lead is due again.</summary>
internal sealed class LeadActivities(
    ITenantDbContextFactory databases, Authorship authors, IStringLocalizer<LeadsResources> localizer, TimeProvider time)
{
    /// <summary>What a person may write; status changes are written by the application alone.</summary>
    private static readonly LeadActivityType[] Writable =
        [LeadActivityType.Call, LeadActivityType.Meeting, LeadActivityType.Email, LeadActivityType.Whatsapp, LeadActivityType.Proposal, LeadActivityType.Note];

    public async Task<LeadActivityItem> AddAsync(Guid leadId, ActivityRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var lead = await LeadLookup.FindAsync(db, leadId, localizer, cancellationToken);
        var errors = new FieldErrors(localizer);
        var type = errors.Choice("type", request.Type, Writable, required: true);
        var description = errors.Text("description", request.Description, LeadActivity.DescriptionMaxLength, required: true);
        var nextAction = errors.Text("nextAction", request.NextAction, LeadActivity.NextActionMaxLength);
        errors.ThrowIfAny();

        var now = time.GetUtcNow().UtcDateTime;
        var author = await authors.CurrentAsync(cancellationToken);
        var activity = new LeadActivity
        {
            LeadId = lead.Id,
            Type = type!.Value,
            Description = description!,
            ContactDate = request.ContactDate is { } date ? AsUtc(date) : now,
            NextAction = nextAction,
            NextActionDate = request.NextActionDate,
            CreatedBy = author.Id,
            CreatedByName = author.Name,
            CreatedAt = now,
        };
        db.Add(activity);
        if (request.NextActionDate is { } next && next != lead.NextContactDate)
        {
            lead.NextContactDate = next;
            lead.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LeadActivityItem(
            activity.Id, activity.Type, activity.Description, activity.ContactDate, activity.NextAction, activity.NextActionDate,
            activity.CreatedBy, activity.CreatedByName, activity.CreatedAt);
    }

    /// <summary>A time with an offset arrives as local time; one without is taken as UTC, as the API returns them.</summary>
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
