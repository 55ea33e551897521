namespace MetaHub.Kernel.Errors;

/// <summary>
/// The caller asked again too soon; the message says why and <see cref="RetryAfter"/> how long to
/// wait (mapped to 429 with <c>Retry-After</c> and <c>retryAfterSeconds</c>).
/// </summary>
public sealed class TooManyRequestsException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>Whole seconds, rounded up, so a client that waits this long is never early.</summary>
    public int RetryAfterSeconds => (int)Math.Ceiling(RetryAfter.TotalSeconds);
}
