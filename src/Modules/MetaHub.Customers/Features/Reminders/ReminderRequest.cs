namespace MetaHub.Customers.Features.Reminders;

/// <summary>What to do for the customer by when, for whom (a member of the company, or nobody); ticked off with <see cref="IsDone"/>.</summary>
public sealed record ReminderRequest(string? Title, DateOnly? DueDate, string? Notes = null, Guid? AssigneeId = null, bool IsDone = false);
