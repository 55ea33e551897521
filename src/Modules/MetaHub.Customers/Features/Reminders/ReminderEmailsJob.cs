using System.Globalization;
using MetaHub.Customers.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Mail;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MetaHub.Customers.Features.Reminders;

/// <summary>
/// Mails each assignee, once, the open reminders of live customers that have fallen due (today or
/// earlier, by the calendar of the reminder's company) — one mail per person listing all of theirs,
/// by company — then marks those reminders as mailed. A reminder without an assignee, or whose
/// assignee no longer works in its company, is not mailed. Runs per tenant while
/// <see cref="CustomerFeatureFlags.ReminderEmails"/> is on.
/// </summary>
internal sealed partial class ReminderEmailsJob(
    ITenantContext tenant,
    ITenantDbContextFactory databases,
    IPeopleDirectory people,
    ICompanyCalendar calendar,
    IEmailSender mail,
    ReminderMail composer,
    TimeProvider time,
    ILogger<ReminderEmailsJob> logger) : ITenantJob
{
    public static readonly TenantJobDefinition Definition =
        new("customers", "reminder-emails", "0 0/15 * * * ?", typeof(ReminderEmailsJob), CustomerFeatureFlags.ReminderEmails);

    // Users have no language of their own yet, so the mail speaks the platform's default.
    private static readonly CultureInfo MailCulture = CultureInfo.GetCultureInfo("tr-TR");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var current = tenant.Tenant ?? throw new InvalidOperationException("The reminder mail runs in a scope bound to a tenant.");
        // No time zone is a day ahead of UTC, so nothing due later than tomorrow's UTC date is due anywhere yet.
        var candidates = await DueAsync(current.Id, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1), cancellationToken);
        var today = await calendar.TodayAsync([.. candidates.Select(r => r.CompanyId).Distinct()], cancellationToken);
        var due = candidates.Where(r => today.TryGetValue(r.CompanyId, out var day) && r.DueDate <= day).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var memberships = (await people.MembershipsAsync([.. due.Select(r => r.AssigneeId).Distinct()], cancellationToken))
            .ToDictionary(m => (m.Person.Id, m.CompanyId));
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = MailCulture;
        foreach (var reminders in due.Where(r => memberships.ContainsKey((r.AssigneeId, r.CompanyId))).GroupBy(r => r.AssigneeId))
        {
            var companies = reminders.GroupBy(r => r.CompanyId)
                .Select(c => (memberships[(reminders.Key, c.Key)].CompanyName, today[c.Key], (IReadOnlyList<DueReminder>)[.. c]))
                .OrderBy(c => c.CompanyName, StringComparer.CurrentCulture)
                .ToList();
            var assignee = memberships[(reminders.Key, reminders.First().CompanyId)].Person;
            try
            {
                await mail.SendAsync(composer.Compose(assignee, companies, current.Name), cancellationToken);
            }
            catch (EmailDeliveryException exception)
            {
                // Not marked: the next firing tries again. The others still get theirs.
                LogNotDelivered(logger, exception, assignee.Id);
                continue;
            }

            await MarkNotifiedAsync(current.Id, [.. reminders], cancellationToken);
        }
    }

    private async Task<List<DueReminder>> DueAsync(Guid tenantId, DateOnly dueBy, CancellationToken cancellationToken)
    {
        // The group view reads every company's reminders at once; deleted customers' drop out with the join.
        await using var db = databases.CreateDbContext(DataScope.ForGroup(tenantId));
        return await db.Set<CustomerReminder>().AsNoTracking()
            .Where(r => !r.IsDone && r.NotifiedAt == null && r.AssigneeId != null && r.DueDate <= dueBy)
            .Join(db.Set<Customer>(), r => r.CustomerId, c => c.Id, (r, c) => new { Reminder = r, c.CompanyName })
            .OrderBy(x => x.Reminder.DueDate).ThenBy(x => x.CompanyName).ThenBy(x => x.Reminder.Id)
            .Select(x => new DueReminder(
                x.Reminder.Id, x.Reminder.CompanyId, x.Reminder.AssigneeId!.Value, x.Reminder.CustomerId, x.CompanyName, x.Reminder.Title, x.Reminder.DueDate))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Stamps the mailed reminders, each in its company's scope (the group view is read-only). One
    /// whose date, assignee or state changed since it was read is left for the next firing.
    /// </summary>
    private async Task MarkNotifiedAsync(Guid tenantId, IReadOnlyList<DueReminder> mailed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var company in mailed.GroupBy(r => r.CompanyId))
        {
            var read = company.ToDictionary(r => r.Id);
            var ids = read.Keys.ToList();
            await using var db = databases.CreateDbContext(DataScope.ForCompany(tenantId, company.Key));
            foreach (var reminder in await db.Set<CustomerReminder>().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                if (!reminder.IsDone && reminder.NotifiedAt is null && reminder.DueDate == read[reminder.Id].DueDate && reminder.AssigneeId == read[reminder.Id].AssigneeId)
                {
                    reminder.NotifiedAt = now;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Due reminders could not be mailed to user {UserId}; the next run tries again")]
    private static partial void LogNotDelivered(ILogger logger, Exception exception, Guid userId);
}
