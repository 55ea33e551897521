using MetaHub.Customers.Domain;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Kernel.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.Reminders;

/// <summary>
/// Things to do for a customer by a date, given to a member of the company; and, for the
/// dashboard, every open one that is overdue or due within a week.
/// </summary>
internal sealed class CustomerReminders(
    ITenantDbContextFactory databases, ICurrentUser user, IPeopleDirectory people, IStringLocalizer<CustomersResources> localizer, ICompanyCalendar calendar, TimeProvider time)
{
    /// <summary>How far ahead "due soon" looks.</summary>
    public const int DueWithinDays = 7;

    /// <summary>Open ones first, by due date; then the done ones, latest first.</summary>
    public async Task<IReadOnlyList<ReminderResponse>> ListAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        var reminders = await db.Set<CustomerReminder>().AsNoTracking().Where(r => r.CustomerId == customerId).ToListAsync(cancellationToken);
        var names = await NamesAsync(reminders.Select(r => r.AssigneeId), cancellationToken);
        return
        [
            .. reminders
                .OrderBy(r => r.IsDone).ThenBy(r => r.IsDone ? -r.DueDate.DayNumber : r.DueDate.DayNumber).ThenBy(r => r.CreatedAt)
                .Select(r => ReminderResponse.From(r, names)),
        ];
    }

    public async Task<ReminderResponse> AddAsync(Guid customerId, ReminderRequest request, CancellationToken cancellationToken)
    {
        var fields = await CheckedAsync(request, null, cancellationToken);
        await using var db = databases.CreateDbContext();
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var reminder = new CustomerReminder { CustomerId = customerId, Title = "", CreatedBy = user.UserId, CreatedAt = now };
        Apply(fields, reminder, now);
        db.Add(reminder);
        await db.SaveChangesAsync(cancellationToken);
        return ReminderResponse.From(reminder, await NamesAsync([reminder.AssigneeId], cancellationToken));
    }

    public async Task<ReminderResponse> UpdateAsync(Guid customerId, Guid reminderId, ReminderRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var reminder = await FindAsync(db, customerId, reminderId, cancellationToken);
        var fields = await CheckedAsync(request, reminder.AssigneeId, cancellationToken);
        Apply(fields, reminder, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ReminderResponse.From(reminder, await NamesAsync([reminder.AssigneeId], cancellationToken));
    }

    public async Task DeleteAsync(Guid customerId, Guid reminderId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        db.Remove(await FindAsync(db, customerId, reminderId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The company's open reminders that are overdue or due within <see cref="DueWithinDays"/> days
    /// (only the user's own with <paramref name="mine"/>), soonest first; deleted customers' are not shown.
    /// </summary>
    public async Task<PagedResult<DueReminderResponse>> DueAsync(bool mine, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        var horizon = today.AddDays(DueWithinDays);
        var me = user.UserId;
        await using var db = databases.CreateDbContext();
        var due = db.Set<CustomerReminder>().AsNoTracking()
            .Where(r => !r.IsDone && r.DueDate <= horizon && (!mine || r.AssigneeId == me))
            .Join(db.Set<Customer>(), r => r.CustomerId, c => c.Id, (r, c) => new { Reminder = r, c.CompanyName })
            .OrderBy(x => x.Reminder.DueDate).ThenBy(x => x.CompanyName).ThenBy(x => x.Reminder.Id);
        var result = await due.ToPageAsync(page, pageSize, cancellationToken);
        var names = await NamesAsync(result.Items.Select(x => x.Reminder.AssigneeId), cancellationToken);
        return new PagedResult<DueReminderResponse>(
            [
                .. result.Items.Select(x => new DueReminderResponse(
                    x.Reminder.Id, x.Reminder.CustomerId, x.CompanyName, x.Reminder.Title, x.Reminder.DueDate, x.Reminder.AssigneeId,
                    x.Reminder.AssigneeId is { } id ? names.GetValueOrDefault(id) : null, x.Reminder.DueDate < today)),
            ],
            result.Total,
            result.Page,
            result.PageSize);
    }

    private async Task<CustomerReminder> FindAsync(TenantDbContext db, Guid customerId, Guid reminderId, CancellationToken cancellationToken)
    {
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        return await db.Set<CustomerReminder>().FirstOrDefaultAsync(r => r.Id == reminderId && r.CustomerId == customerId, cancellationToken)
            ?? throw new NotFoundException(localizer["reminders.notFound"]);
    }

    /// <summary>Ticking it off stamps when; unticking clears that again. A new date or assignee is mailed about again.</summary>
    private static void Apply(ReminderRequest fields, CustomerReminder reminder, DateTime now)
    {
        if (reminder.DueDate != fields.DueDate || reminder.AssigneeId != fields.AssigneeId)
        {
            reminder.NotifiedAt = null;
        }

        reminder.Title = fields.Title!;
        reminder.Notes = fields.Notes;
        reminder.DueDate = fields.DueDate!.Value;
        reminder.AssigneeId = fields.AssigneeId;
        reminder.DoneAt = fields.IsDone ? reminder.DoneAt ?? now : null;
        reminder.IsDone = fields.IsDone;
    }

    /// <summary>
    /// The request cleaned, or refused with its problems. A new assignee must be a member of the
    /// company; the one already set stays acceptable after they leave, so the reminder can still be ticked off.
    /// </summary>
    private async Task<ReminderRequest> CheckedAsync(ReminderRequest request, Guid? currentAssignee, CancellationToken cancellationToken)
    {
        var fields = request with { Title = FieldErrors.Clean(request.Title), Notes = FieldErrors.Clean(request.Notes) };
        var errors = new FieldErrors(localizer);
        errors.Required("title", fields.Title);
        errors.MaxLength("title", fields.Title, CustomerReminder.TitleMaxLength);
        errors.Required("dueDate", fields.DueDate);
        errors.MaxLength("notes", fields.Notes, Customer.NotesMaxLength);
        if (fields.AssigneeId is { } assignee && assignee != currentAssignee && !(await people.CompanyMembersAsync(cancellationToken)).Any(p => p.Id == assignee))
        {
            errors.Add("assigneeId", localizer["validation.assignee"]);
        }

        errors.ThrowIfAny();
        return fields;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken) =>
        await people.NamesAsync([.. ids.OfType<Guid>().Distinct()], cancellationToken);
}
