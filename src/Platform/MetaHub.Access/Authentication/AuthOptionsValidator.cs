using Microsoft.Extensions.Options;

namespace MetaHub.Access.Authentication;

internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        Span<byte> buffer = stackalloc byte[512];
        return Convert.TryFromBase64String(options.SigningKey, buffer, out var length) && length >= 32
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("MetaHub:Auth:SigningKey must be a base64 key of at least 32 bytes.");
    }
}
