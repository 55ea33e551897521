namespace MetaHub.Access.Features;

internal static class Outcomes
{
    public static Outcome<T> Done<T>(T value) => new(OutcomeStatus.Done, value);

    public static Outcome<T> NotFound<T>() => new(OutcomeStatus.NotFound);

    public static Outcome<T> Invalid<T>(IDictionary<string, string[]> errors) => new(OutcomeStatus.Invalid, Errors: errors);

    /// <summary>Understood and allowed, but the state of the data forbids it (HTTP 409).</summary>
    public static Outcome<T> Refused<T>(string detail, string? title = null) => new(OutcomeStatus.Refused, Title: title, Detail: detail);
}
