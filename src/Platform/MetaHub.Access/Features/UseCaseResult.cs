using Microsoft.AspNetCore.Http;

namespace MetaHub.Access.Features;

/// <summary>
/// What a use case answered, in a form both its endpoint (as problem details) and a Blazor page
/// (as the message it shows) can use: the refusal text is produced once, by the use case.
/// </summary>
internal sealed record UseCaseResult(UseCaseStatus Status, string? Message = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static readonly UseCaseResult Done = new(UseCaseStatus.Done);

    public static readonly UseCaseResult NotFound = new(UseCaseStatus.NotFound);

    public bool Succeeded => Status == UseCaseStatus.Done;

    /// <summary>Field errors, keyed like the request's JSON properties; <paramref name="title"/> is the summary.</summary>
    public static UseCaseResult Invalid(string title, IReadOnlyDictionary<string, string[]> errors) => new(UseCaseStatus.Invalid, title, errors);

    public static UseCaseResult Invalid(string title, string field, string error) =>
        Invalid(title, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [error] });

    public static UseCaseResult Conflict(string message) => new(UseCaseStatus.Conflict, message);

    public static UseCaseResult Forbidden(string message) => new(UseCaseStatus.Forbidden, message);

    /// <summary>Every message a person should read: the field errors, else the refusal.</summary>
    public string Describe() => Errors is { Count: > 0 } errors ? string.Join(" ", errors.Values.SelectMany(e => e)) : Message ?? "";

    public IResult ToHttpResult() => Status switch
    {
        UseCaseStatus.Done => TypedResults.NoContent(),
        UseCaseStatus.NotFound => TypedResults.NotFound(),
        UseCaseStatus.Invalid => TypedResults.ValidationProblem(Errors ?? new Dictionary<string, string[]>(StringComparer.Ordinal), title: Message),
        UseCaseStatus.Conflict => TypedResults.Problem(Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(Message, statusCode: StatusCodes.Status403Forbidden),
    };
}
