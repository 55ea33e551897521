namespace MetaHub.Access.Features;

/// <summary>
/// What a use case did, independent of HTTP: the API maps it to a status code and problem
/// details, a page shows the value, the field errors or the refusal in place.
/// </summary>
internal sealed record Outcome<T>(
    OutcomeStatus Status,
    T? Value = default,
    IDictionary<string, string[]>? Errors = null,
    string? Title = null,
    string? Detail = null);
