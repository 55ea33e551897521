using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Validation;
using MetaHub.Leads.Resources;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features;

/// <summary>Collects a request's problems per field, so one answer lists all of them, each in the user's language.</summary>
internal sealed class FieldErrors(IStringLocalizer<LeadsResources> localizer)
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!errors.ContainsKey(field))
        {
            errors[field] = [message];
        }
    }

    public bool Has(string field) => errors.ContainsKey(field);

    /// <summary>The trimmed text, or null when blank; a message when it is required and missing or too long.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            Add(field, localizer["validation.required"]);
        }
        else if (text?.Length > maxLength)
        {
            Add(field, localizer["validation.maxLength", maxLength]);
        }

        return text;
    }

    public string? Phone(string field, string? value, int maxLength)
    {
        var phone = Text(field, value, maxLength);
        if (phone is not null && !Has(field) && !ContactFormat.IsPhone(phone))
        {
            Add(field, localizer["validation.phone"]);
        }

        return phone;
    }

    public string? Email(string field, string? value, int maxLength)
    {
        var email = Text(field, value, maxLength);
        if (email is not null && !Has(field) && !ContactFormat.IsEmail(email))
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
