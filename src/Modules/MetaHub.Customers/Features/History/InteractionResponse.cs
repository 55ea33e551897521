using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features.History;

public sealed record InteractionResponse(
    Guid Id, Guid CustomerId, InteractionType Type, DateTime OccurredAt, string Subject, string? Notes, Guid? AuthorId, string AuthorName, DateTime CreatedAt)
{
    internal static InteractionResponse From(CustomerInteraction i) =>
        new(i.Id, i.CustomerId, i.Type, StoredTime.Utc(i.OccurredAt), i.Subject, i.Notes, i.AuthorId, i.AuthorName, StoredTime.Utc(i.CreatedAt));
}
