namespace MetaHub.Kernel.Mail;

/// <summary>Delivers email through the configured SMTP server (or the development outbox).</summary>
public interface IEmailSender
{
    /// <summary>Hands the message to the server and returns once it accepted it; throws when it did not.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Queues the message and returns at once, for answers whose timing must not depend on whether
    /// a message was sent at all (a password reset for an unknown address). A failure is logged.
    /// </summary>
    void Enqueue(EmailMessage message);
}
