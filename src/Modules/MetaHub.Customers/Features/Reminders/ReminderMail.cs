using System.Net;
using System.Text;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Localization;
using MetaHub.Kernel.Mail;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.Reminders;

/// <summary>
/// The mail telling an assignee which of their reminders are due: one line per reminder (customer,
/// title, due date), under the name of the company it belongs to, each linked to its customer when
/// the tenant's address is known. Texts in the current culture; every piece is HTML-encoded.
/// </summary>
internal sealed class ReminderMail(IStringLocalizer<CustomersResources> localizer, ITenantLinks links)
{
    public EmailMessage Compose(
        Person assignee, IReadOnlyList<(string CompanyName, DateOnly Today, IReadOnlyList<DueReminder> Reminders)> companies, string tenantName)
    {
        var count = companies.Sum(c => c.Reminders.Count);
        var greeting = localizer["mail.reminders.greeting", assignee.Name].Value;
        var intro = localizer["mail.reminders.intro"].Value;
        var footer = localizer["mail.reminders.footer", tenantName].Value;
        var text = new StringBuilder().Append(greeting).Append("\r\n\r\n").Append(intro).Append("\r\n");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Roboto,Arial,sans-serif;font-size:15px;color:#1f2937\">")
            .Append("<p>").Append(Encode(greeting)).Append("</p><p>").Append(Encode(intro)).Append("</p>");
        foreach (var (companyName, today, reminders) in companies)
        {
            text.Append("\r\n").Append(companyName).Append("\r\n");
            html.Append("<p style=\"margin-bottom:4px\"><strong>").Append(Encode(companyName)).Append("</strong></p><ul style=\"margin-top:0\">");
            foreach (var reminder in reminders)
            {
                var line = $"{reminder.CustomerName} — {reminder.Title} — {When(reminder.DueDate, today)}";
                var link = links.Absolute($"/customers/{reminder.CustomerId}");
                text.Append("- ").Append(line).Append("\r\n");
                html.Append("<li>").Append(Encode(line));
                if (link is not null)
                {
                    text.Append("  ").Append(link).Append("\r\n");
                    html.Append(" · <a href=\"").Append(Encode(link)).Append("\">").Append(Encode(localizer["mail.reminders.open"].Value)).Append("</a>");
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        text.Append("\r\n").Append(footer).Append("\r\n");
        html.Append("<p style=\"font-size:12px;color:#6b7280\">").Append(Encode(footer)).Append("</p></body></html>");
        return new EmailMessage(assignee.Email, localizer["mail.reminders.subject", count], text.ToString(), html.ToString());
    }

    private string When(DateOnly dueDate, DateOnly today)
    {
        var date = Readable.Date(dueDate);
        return dueDate < today ? localizer["reminders.overdueSince", date] : localizer["mail.reminders.dueToday", date];
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
