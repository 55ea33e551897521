using System.Text.Json.Serialization;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Operators.Features.Tenants;

/// <summary>One tenant in the operators' overview; <paramref name="Package"/> is that of its latest subscription, if any.</summary>
internal sealed record TenantSummary(
    Guid Id,
    string Slug,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TenantStatus>))] TenantStatus Status,
    string? Package,
    DateTime CreatedAt);
