using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetaHub.Kernel.Json;

/// <summary>
/// An enumeration as the API spells it, <c>meeting_scheduled</c>, never as a number: an unknown
/// name or a number fails binding, which answers 400.
/// </summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
