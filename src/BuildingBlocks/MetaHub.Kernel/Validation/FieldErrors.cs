using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Json;
using Microsoft.Extensions.Localization;

namespace MetaHub.Kernel.Validation;

/// <summary>
/// Collects a request's problems per field, so one answer lists all of them, each in the user's
/// language. The messages come from the module's resources, which provide <c>validation.required</c>,
/// <c>validation.tooLong</c> ({0} = the limit), <c>validation.phone</c>, <c>validation.email</c> and
/// <c>validation.unknownValue</c> ({0} = the value, {1} = the allowed ones).
/// </summary>
public sealed class FieldErrors(IStringLocalizer localizer)
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => errors;

    /// <summary>Trimmed, a blank text as null: what is checked and stored.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

    public bool Has(string field) => errors.ContainsKey(field);

    public void Required(string field, object? value)
    {
        if (value is null)
        {
            Add(field, localizer["validation.required"]);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value?.Length > maxLength)
        {
            Add(field, localizer["validation.tooLong", maxLength]);
        }
    }

    /// <summary>The cleaned text; a message when it is required and missing or too long.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = false)
    {
        var text = Clean(value);
        if (required)
        {
            Required(field, text);
        }

        MaxLength(field, text, maxLength);
        return text;
    }

    /// <summary>The cleaned phone number; a message when it is too long or not a phone number (<see cref="ContactFormat.IsPhone"/>).</summary>
    public string? Phone(string field, string? value, int maxLength)
    {
        var phone = Clean(value);
        if (phone is not null && (phone.Length > maxLength || !ContactFormat.IsPhone(phone)))
        {
            Add(field, localizer["validation.phone"]);
        }

        return phone;
    }

    /// <summary>The cleaned address; a message when it is too long or not an address (<see cref="ContactFormat.IsEmail"/>).</summary>
    public string? Email(string field, string? value, int maxLength)
    {
        var email = Clean(value);
        if (email is not null && (email.Length > maxLength || !ContactFormat.IsEmail(email)))
        {
            Add(field, localizer["validation.email"]);
        }

        return email;
    }

    /// <summary>The value spelled as the API spells it; null when blank; a message listing the allowed values when unknown.</summary>
    public TEnum? Choice<TEnum>(string field, string? value, IEnumerable<TEnum>? allowed = null, bool required = false)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, localizer["validation.required"]);
            }

            return null;
        }

        var choices = (allowed ?? Enum.GetValues<TEnum>()).ToList();
        if (ApiValue.TryParse<TEnum>(value, out var parsed) && choices.Contains(parsed))
        {
            return parsed;
        }

        Add(field, localizer["validation.unknownValue", value.Trim(), ApiValue.List(choices)]);
        return null;
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
