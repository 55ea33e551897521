namespace MetaHub.Customers.Features.Reminders;

/// <summary>A reminder about to be mailed to its assignee, with what the mail says about it.</summary>
internal sealed record DueReminder(Guid Id, Guid CompanyId, Guid AssigneeId, Guid CustomerId, string CustomerName, string Title, DateOnly DueDate);
