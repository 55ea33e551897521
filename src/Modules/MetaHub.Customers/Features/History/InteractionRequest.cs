using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features.History;

/// <summary>A call, meeting, email, WhatsApp message or note to record; without <see cref="OccurredAt"/> it happened now.</summary>
public sealed record InteractionRequest(InteractionType? Type, string? Subject, DateTimeOffset? OccurredAt = null, string? Notes = null);
