using MetaHub.Customers.Resources;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Validation;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features;

/// <summary>Collects the localised problems of a request by field, then refuses it with all of them at once.</summary>
internal sealed class FieldErrors(IStringLocalizer<CustomersResources> localizer)
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    /// <summary>Trimmed, a blank text as null: what is checked and stored.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

    public void Required(string field, object? value)
    {
        if (value is null)
        {
            Add(field, localizer["validation.required"]);
        }
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, localizer["validation.tooLong", max]);
        }
    }

    public void Phone(string field, string? value)
    {
        if (value is not null && !ContactFormat.IsPhone(value))
        {
            Add(field, localizer["validation.phone"]);
        }
    }

    public void Email(string field, string? value, int max)
    {
        if (value is not null && (value.Length > max || !ContactFormat.IsEmail(value)))
        {
            Add(field, localizer["validation.email"]);
        }
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
