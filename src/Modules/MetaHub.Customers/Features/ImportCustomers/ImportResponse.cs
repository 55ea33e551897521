namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// A successful import: <see cref="Imported"/> customers added (for a dry run: would be added),
/// <see cref="Skipped"/> duplicates left out, and the duplicate warnings (rows are the file's lines; the header is line 1).
/// </summary>
internal sealed record ImportResponse(bool DryRun, int Rows, int Imported, int Skipped, int DuplicateCount, IReadOnlyList<ImportDuplicate> Duplicates);
