using MetaHub.Kernel.Mail;

namespace MetaHub.Kernel.Errors;

/// <summary>
/// Why a use case refused (or, for a mail server that would not take the message, could not finish)
/// what a page asked, in the form the page shows it: the message, the field errors when the input
/// was at fault, and a conflict's details (e.g. the records it collides with). The use case wrote
/// them, localised, for the API too.
/// </summary>
public sealed record Refusal(string Message, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyDictionary<string, object?> Details)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>A refusal that is only a message, e.g. of a page that checked something itself.</summary>
    public static Refusal Of(string message) => new(message, NoErrors, NoDetails);

    /// <summary>Runs the use case; null when it went through, otherwise its refusal. Any other failure is not caught.</summary>
    public static async Task<Refusal?> CatchAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
            return null;
        }
        catch (ValidationException refused)
        {
            return new Refusal(refused.Message, refused.Errors, NoDetails);
        }
        catch (ConflictException refused)
        {
            return new Refusal(refused.Message, NoErrors, refused.Extensions);
        }
        catch (Exception refused) when (refused is NotFoundException or ForbiddenException or TooManyRequestsException or EmailDeliveryException)
        {
            return Of(refused.Message);
        }
    }

    /// <summary>The messages for <paramref name="field"/> as one line, or null when it has none.</summary>
    public string? For(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
