using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Mail;

namespace MetaHub.Web.Components;

/// <summary>
/// Why a use case refused (or, for a mail server that would not take the message, could not finish)
/// what a page asked, in the form the page shows it: the message, and the field errors when the
/// input was at fault. The use case wrote both, localised, for the API too.
/// </summary>
internal sealed record Refusal(string Message, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);

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
        catch (TooManyRequestsException refused)
        {
            return new Refusal(refused.Message, NoErrors);
        }
        catch (EmailDeliveryException failed)
        {
            return new Refusal(failed.Message, NoErrors);
        }
    }
}
