using MetaHub.Customers.Features;
using MetaHub.Customers.Features.Duplicates;
using MetaHub.Kernel.Errors;

namespace MetaHub.Customers.Pages;

/// <summary>
/// Why a use case refused what a page asked, as the page shows it: the message, the field errors
/// when the input was at fault, and the look-alike customers when it was a possible duplicate.
/// The use case wrote all of it, localised, for the API too.
/// </summary>
internal sealed record PageProblem(string Message, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<DuplicateCustomer> Duplicates)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);

    /// <summary>Runs the use case; null when it went through, otherwise its refusal. Any other failure is not caught.</summary>
    public static async Task<PageProblem?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (ValidationException refused)
        {
            return new PageProblem(refused.Message, refused.Errors, []);
        }
        catch (ConflictException refused)
        {
            return new PageProblem(
                refused.Message, NoErrors, refused.Extensions.GetValueOrDefault(CustomerBook.DuplicatesKey) as IReadOnlyList<DuplicateCustomer> ?? []);
        }
        catch (NotFoundException refused)
        {
            return new PageProblem(refused.Message, NoErrors, []);
        }
        catch (ForbiddenException refused)
        {
            return new PageProblem(refused.Message, NoErrors, []);
        }
    }

    /// <summary>The messages for <paramref name="field"/> as one line, or null when it has none.</summary>
    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
