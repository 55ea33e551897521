namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// A row that names a customer who may be there already: the same company name, email or phone as a
/// stored customer (<see cref="DuplicateOfRow"/> null) or as an earlier row of the file.
/// </summary>
internal sealed record ImportDuplicate(int Row, string Field, string Value, int? DuplicateOfRow, string Message);
