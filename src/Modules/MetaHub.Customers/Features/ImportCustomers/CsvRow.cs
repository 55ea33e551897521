namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>A data row of an uploaded CSV: the file's line where it starts (the header is line 1) and its cells.</summary>
internal sealed record CsvRow(int Line, string[] Values);
