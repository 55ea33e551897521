using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>A mail kept instead of sent, when no SMTP server is configured (Development): shown at <c>/dev/outbox</c>.</summary>
public sealed class OutboxMail : Entity
{
    public required string To { get; set; }

    public required string Subject { get; set; }

    public string? Text { get; set; }

    public string? Html { get; set; }

    public DateTime SentAt { get; set; }
}
