namespace MetaHub.Kernel.Mail;

/// <summary>One email to one recipient, with a plain-text and an HTML body.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody);
