namespace MetaHub.Kernel.Errors;

/// <summary>
/// The request is valid but the current state forbids it; the message says why (mapped to 409).
/// <paramref name="extensions"/> are the machine-readable details the client needs to resolve it
/// (e.g. the records it collides with), added to the problem details as they are.
/// </summary>
public sealed class ConflictException(string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>(StringComparer.Ordinal);
}
