using System.Net;
using System.Text;

namespace MetaHub.Kernel.Mail;

/// <summary>
/// The shape of every transactional email: a greeting, a few paragraphs, one button and a footer.
/// Every piece is text (already localised by the caller) and is HTML-encoded here.
/// </summary>
public sealed record ActionEmail(string Subject, string Greeting, IReadOnlyList<string> Paragraphs, string ActionText, string ActionUrl, string Footer)
{
    public EmailMessage To(string recipient)
    {
        var text = new StringBuilder()
            .Append(Greeting).Append("\r\n\r\n");
        foreach (var paragraph in Paragraphs)
        {
            text.Append(paragraph).Append("\r\n\r\n");
        }

        text.Append(ActionText).Append(":\r\n").Append(ActionUrl).Append("\r\n\r\n").Append(Footer).Append("\r\n");

        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Roboto,Arial,sans-serif;font-size:15px;color:#1f2937\">")
            .Append("<p>").Append(WebUtility.HtmlEncode(Greeting)).Append("</p>");
        foreach (var paragraph in Paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(ActionUrl))
            .Append("\" style=\"display:inline-block;padding:10px 18px;background:#1e40af;color:#fff;border-radius:6px;text-decoration:none\">")
            .Append(WebUtility.HtmlEncode(ActionText)).Append("</a></p>")
            .Append("<p style=\"font-size:12px;color:#6b7280\">").Append(WebUtility.HtmlEncode(Footer)).Append("</p>")
            .Append("</body></html>");

        return new EmailMessage(recipient, Subject, text.ToString(), html.ToString());
    }
}
