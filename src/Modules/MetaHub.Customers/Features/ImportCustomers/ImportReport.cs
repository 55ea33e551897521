namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// The outcome of an import or a dry run over every row. With errors nothing was (or would be)
/// written; otherwise <see cref="Imported"/> rows were (or would be) added and
/// <see cref="Skipped"/> duplicates left out. The lists hold at most
/// <see cref="CustomerImport.MaxListed"/> entries each; the counts are complete.
/// </summary>
internal sealed record ImportReport(
    bool DryRun,
    int Rows,
    int Imported,
    int Skipped,
    int ErrorCount,
    int RowsWithErrors,
    IReadOnlyList<ImportRowError> Errors,
    int DuplicateCount,
    IReadOnlyList<ImportDuplicate> Duplicates)
{
    public bool HasErrors => ErrorCount > 0;
}
