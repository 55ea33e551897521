using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace MetaHub.Web.Infrastructure.Mail;

/// <summary>
/// Section <c>MetaHub:Mail</c>: the SMTP server mail goes through. Without a host, messages are
/// kept in the catalog's outbox instead, for development (shown at <c>/dev/outbox</c>).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "MetaHub:Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    public string From { get; set; } = "MetaHub <no-reply@metahub.local>";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;
}
