using MetaHub.Kernel.Errors;
using Microsoft.AspNetCore.Identity;

namespace MetaHub.Access.Identity;

internal static class IdentityResults
{
    /// <summary>Turns Identity's refusal into field errors: password rules under <paramref name="passwordField"/>, the rest under the field they concern.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string passwordField)
    {
        if (result.Succeeded)
        {
            return;
        }

        throw new ValidationException(result.Errors
            .GroupBy(e => e.Code switch
            {
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                "InvalidEmail" or "DuplicateEmail" or "InvalidUserName" or "DuplicateUserName" => "email",
                "InvalidToken" => "token",
                _ => "",
            }, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray(), StringComparer.Ordinal));
    }
}
