namespace MetaHub.Web.Infrastructure.Mail;

/// <summary>
/// One mail of the development outbox, as <c>GET /dev/outbox</c> lists it. Public because the
/// page component that shows it takes it as a parameter, and component parameters are public.
/// </summary>
public sealed record OutboxMailResponse(string To, string Subject, string? Text, string? Html, DateTime SentAt);
