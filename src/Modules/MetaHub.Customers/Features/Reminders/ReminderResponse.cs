using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features.Reminders;

public sealed record ReminderResponse(
    Guid Id, Guid CustomerId, string Title, string? Notes, DateOnly DueDate, Guid? AssigneeId, string? AssigneeName, bool IsDone, DateTime? DoneAt,
    DateTime CreatedAt)
{
    internal static ReminderResponse From(CustomerReminder r, IReadOnlyDictionary<Guid, string> names) =>
        new(r.Id, r.CustomerId, r.Title, r.Notes, r.DueDate, r.AssigneeId, r.AssigneeId is { } id ? names.GetValueOrDefault(id) : null, r.IsDone,
            StoredTime.Utc(r.DoneAt), StoredTime.Utc(r.CreatedAt));

    public ReminderRequest Request() => new(Title, DueDate, Notes, AssigneeId, IsDone);
}
