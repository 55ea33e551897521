using System.Text.Json;
using MetaHub.Tenancy.Catalog;
using Microsoft.Extensions.Localization;

namespace MetaHub.Subscriptions.Modules;

/// <summary>
/// One JSON object of an import document, read field by field. A field that is absent is left as
/// it is; a field of the wrong type or size adds an error naming it and is not used. Properties the
/// caller does not know are reported by name (see <see cref="RejectUnknown"/>).
/// </summary>
internal sealed class ImportFields
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.Ordinal);
    private readonly List<string> errors;
    private readonly IStringLocalizer localizer;
    private readonly string prefix;

    private ImportFields(JsonElement element, string prefix, List<string> errors, IStringLocalizer localizer)
    {
        this.prefix = prefix;
        this.errors = errors;
        this.localizer = localizer;
        foreach (var property in element.EnumerateObject())
        {
            properties[property.Name] = property.Value;
        }
    }

    /// <summary>The object, or null (with an error naming it) when the element is something else.</summary>
    public static ImportFields? Of(JsonElement element, string name, List<string> errors, IStringLocalizer localizer)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new ImportFields(element, name.Length == 0 ? "" : name + ".", errors, localizer);
        }

        errors.Add(localizer["importExpectedObject", name]);
        return null;
    }

    /// <summary>Adds an error for every property not in <paramref name="known"/>; <paramref name="refusal"/> may word it for a name it knows to be wrong.</summary>
    public void RejectUnknown(IReadOnlySet<string> known, Func<string, string?>? refusal = null)
    {
        foreach (var name in properties.Keys.Where(n => !known.Contains(n)))
        {
            errors.Add(refusal?.Invoke(name) ?? localizer["importUnknownField", prefix + name]);
        }
    }

    public bool TryGet(string name, out JsonElement value) => properties.TryGetValue(name, out value);

    public Field<string?> Text(string name, int maxLength, bool required = false, bool nullable = false)
    {
        if (!Present(name, required, out var value))
        {
            return default;
        }

        if (value.ValueKind == JsonValueKind.Null && nullable)
        {
            return new(true, null);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Fail<string?>("importExpectedText", name);
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            errors.Add(localizer["importTooLong", prefix + name, maxLength]);
            return default;
        }

        return required && text.Trim().Length == 0 ? Fail<string?>("importRequired", name) : new(true, text);
    }

    public Field<bool?> Bool(string name, bool nullable = false, bool required = false)
    {
        if (!Present(name, required, out var value))
        {
            return default;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => new(true, true),
            JsonValueKind.False => new(true, false),
            JsonValueKind.Null when nullable => new(true, null),
            _ => Fail<bool?>("importExpectedBool", name),
        };
    }

    public Field<int?> Order(string name, bool nullable = false)
    {
        if (!Present(name, required: false, out var value))
        {
            return default;
        }

        if (value.ValueKind == JsonValueKind.Null && nullable)
        {
            return new(true, null);
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            return Fail<int?>("importExpectedNumber", name);
        }

        return number is < 0 or > 10_000 ? Fail<int?>("importOrder", name) : new(true, number);
    }

    /// <summary>A list of role keys: each one to 100 characters, no repeats.</summary>
    public Field<List<string>?> Roles(string name, bool nullable = false)
    {
        if (!Present(name, required: false, out var value))
        {
            return default;
        }

        if (value.ValueKind == JsonValueKind.Null && nullable)
        {
            return new(true, null);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Fail<List<string>?>("importExpectedList", name);
        }

        var roles = new List<string>();
        foreach (var role in value.EnumerateArray())
        {
            if (role.ValueKind != JsonValueKind.String || role.GetString()!.Trim() is not { Length: > 0 and <= 100 } key)
            {
                errors.Add(localizer["importRole", prefix + name]);
                return default;
            }

            if (!roles.Contains(key, StringComparer.Ordinal))
            {
                roles.Add(key);
            }
        }

        return new(true, roles);
    }

    /// <summary><c>{ "tr": …, "en": … }</c>, each at most <paramref name="maxLength"/>; a missing language is empty.</summary>
    public Field<TranslatedText> Translated(string name, int maxLength)
    {
        if (!Present(name, required: false, out var value))
        {
            return default;
        }

        var before = errors.Count;
        var text = Of(value, prefix + name, errors, localizer);
        if (text is null)
        {
            return default;
        }

        text.RejectUnknown(Languages);
        var tr = text.Text("tr", maxLength);
        var en = text.Text("en", maxLength);
        return errors.Count > before ? default : new(true, new TranslatedText(tr.Value ?? "", en.Value ?? ""));
    }

    public Field<List<ModuleVersionNote>> History(string name) =>
        List(name, entry =>
        {
            entry.RejectUnknown(HistoryFields);
            var version = entry.Text("version", 20, required: true);
            var by = entry.Text("by", 254, required: true);
            var date = entry.Date("date");
            var note = entry.Text("note", 500, nullable: true);
            return version.Present && by.Present && date.Present ? new ModuleVersionNote(version.Value!, by.Value!, date.Value, note.Value) : null;
        });

    public Field<List<ModuleRoute>> Routes(string name) =>
        List(name, entry =>
        {
            entry.RejectUnknown(RouteFields);
            var method = entry.Text("method", 10, required: true);
            var routePath = entry.Text("path", 500, required: true);
            var auth = entry.Bool("auth", required: true);
            var summary = entry.Text("summary", 500, nullable: true);
            return method.Present && routePath.Present && auth.Present ? new ModuleRoute(method.Value!, routePath.Value!, auth.Value!.Value, summary.Value) : null;
        });

    private static readonly HashSet<string> Languages = new(["tr", "en"], StringComparer.Ordinal);
    private static readonly HashSet<string> HistoryFields = new(["version", "by", "date", "note"], StringComparer.Ordinal);
    private static readonly HashSet<string> RouteFields = new(["method", "path", "auth", "summary"], StringComparer.Ordinal);

    private Field<DateTime> Date(string name)
    {
        if (!Present(name, required: true, out var value))
        {
            return default;
        }

        if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTime(out var date))
        {
            return Fail<DateTime>("importExpectedDate", name);
        }

        // Stored as UTC; a time without an offset is read as UTC, one with an offset is converted.
        return new(true, date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc));
    }

    private Field<List<T>> List<T>(string name, Func<ImportFields, T?> read)
        where T : class
    {
        if (!Present(name, required: false, out var value))
        {
            return default;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Fail<List<T>>("importExpectedList", name);
        }

        var before = errors.Count;
        var items = new List<T>();
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var path = $"{prefix}{name}[{index++}]";
            if (Of(element, path, errors, localizer) is { } entry && read(entry) is { } item)
            {
                items.Add(item);
            }
        }

        return errors.Count > before ? default : new(true, items);
    }

    private bool Present(string name, bool required, out JsonElement value)
    {
        if (properties.TryGetValue(name, out value))
        {
            return true;
        }

        if (required)
        {
            errors.Add(localizer["importRequired", prefix + name]);
        }

        return false;
    }

    private Field<T> Fail<T>(string message, string name)
    {
        errors.Add(localizer[message, prefix + name]);
        return default;
    }

    /// <summary>A value read from the document; not <c>Present</c> when absent or invalid.</summary>
    public readonly record struct Field<T>(bool Present, T Value);
}
