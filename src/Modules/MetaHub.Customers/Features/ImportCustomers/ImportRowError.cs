namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>A problem with one cell: the file's line of the row (the header is line 1), the customer field and the message.</summary>
internal sealed record ImportRowError(int Row, string Field, string Message);
