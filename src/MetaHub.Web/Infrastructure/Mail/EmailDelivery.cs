using System.Threading.Channels;
using MailKit.Net.Smtp;
using MetaHub.Kernel.Mail;
using MetaHub.Tenancy.Catalog;
using MetaHub.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MetaHub.Web.Infrastructure.Mail;

/// <summary>
/// Sends mail over SMTP with MailKit, one connection per message (transactional mail is rare and a
/// pooled connection would go stale), or into the catalog's outbox (shown at <c>/dev/outbox</c>)
/// when no server is configured. Queued messages are sent in the background, in order.
/// </summary>
internal sealed partial class EmailDelivery(
    IOptions<MailOptions> options,
    IDbContextFactory<CatalogDbContext> catalog,
    TimeProvider time,
    IStringLocalizer<WebResources> localizer,
    ILogger<EmailDelivery> logger) : BackgroundService, IEmailSender
{
    private readonly Channel<EmailMessage> queue = Channel.CreateUnbounded<EmailMessage>(new UnboundedChannelOptions { SingleReader = true });

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            await KeepAsync(message, cancellationToken);
            return;
        }

        using var mime = Compose(message, settings);
        try
        {
            using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or MailKit.CommandException or MailKit.ProtocolException or MailKit.Security.AuthenticationException or TimeoutException)
        {
            LogFailed(logger, exception, message.Subject);
            throw new EmailDeliveryException(localizer["mail.failed"], exception);
        }

        LogSent(logger, message.Subject);
    }

    public void Enqueue(EmailMessage message) => queue.Writer.TryWrite(message);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(message, stoppingToken);
            }
            catch (EmailDeliveryException)
            {
                // Logged where it failed; a queued message has no one to tell.
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception, message.Subject);
            }
        }
    }

    private async Task KeepAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        db.OutboxMails.Add(new OutboxMail
        {
            To = message.To,
            Subject = message.Subject,
            Text = message.TextBody,
            Html = message.HtmlBody,
            SentAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);

        // Recipient and subject only: the body holds one-time codes and sign-in links.
        LogKept(logger, message.To, message.Subject);
    }

    private static MimeMessage Compose(EmailMessage message, MailOptions settings)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail \"{Subject}\" sent")]
    private static partial void LogSent(ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP server configured: mail to {To} \"{Subject}\" kept in the outbox, see /dev/outbox")]
    private static partial void LogKept(ILogger logger, string to, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail \"{Subject}\" could not be sent")]
    private static partial void LogFailed(ILogger logger, Exception exception, string subject);
}
