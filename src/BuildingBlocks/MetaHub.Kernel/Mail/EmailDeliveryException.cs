namespace MetaHub.Kernel.Mail;

/// <summary>The mail server could not be reached or refused the message (mapped to 503).</summary>
public sealed class EmailDeliveryException(string message, Exception innerException) : Exception(message, innerException);
