namespace MetaHub.Customers.Features.Reminders;

/// <summary>An open reminder due soon or overdue, with the customer it is for: a row of the dashboard's list.</summary>
public sealed record DueReminderResponse(
    Guid Id, Guid CustomerId, string CustomerName, string Title, DateOnly DueDate, Guid? AssigneeId, string? AssigneeName, bool Overdue);
