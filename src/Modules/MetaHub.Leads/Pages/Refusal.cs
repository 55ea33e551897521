using MetaHub.Kernel.Errors;

namespace MetaHub.Leads.Pages;

/// <summary>
/// Why a use case refused what a page asked, as the page shows it: the message, and the field
/// errors when the input was at fault. The use case wrote both, localised, for the API too.
/// </summary>
internal sealed record Refusal(string Message, IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);

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
            return new Refusal(refused.Message, refused.Errors);
        }
        catch (NotFoundException refused)
        {
            return new Refusal(refused.Message, NoErrors);
        }
        catch (ConflictException refused)
        {
            return new Refusal(refused.Message, NoErrors);
        }
        catch (ForbiddenException refused)
        {
            return new Refusal(refused.Message, NoErrors);
        }
    }

    /// <summary>The messages for <paramref name="field"/> as one line, or null when it has none.</summary>
    public string? For(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
