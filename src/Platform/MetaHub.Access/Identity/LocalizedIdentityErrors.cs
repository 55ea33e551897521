using MetaHub.Access.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Identity;

/// <summary>Identity's password-policy and account errors in the user's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<AccessResources> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "identity.default");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "identity.passwordMismatch");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "identity.invalidToken");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "identity.invalidEmail");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "identity.duplicateEmail");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "identity.invalidEmail");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "identity.duplicateEmail");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "identity.passwordTooShort", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "identity.passwordRequiresUniqueChars", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "identity.passwordRequiresNonAlphanumeric");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "identity.passwordRequiresDigit");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "identity.passwordRequiresLower");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "identity.passwordRequiresUpper");

    private IdentityError Error(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = localizer[key, arguments] };
}
