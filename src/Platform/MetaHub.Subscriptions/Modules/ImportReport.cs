namespace MetaHub.Subscriptions.Modules;

/// <summary>
/// An import's answer: one item per meta and setting (and per tenant or document that could not be
/// read), with the fields it changes or the errors that stop it. <c>Applied</c> is true only for a
/// real import without a single error.
/// </summary>
internal sealed record ImportReport(bool DryRun, bool Applied, int Created, int Updated, int Unchanged, int Errors, IReadOnlyList<ImportReport.Item> Items)
{
    /// <summary><c>Kind</c> is <c>meta</c>, <c>setting</c>, <c>tenant</c> or <c>document</c>.</summary>
    public sealed record Item(string? Tenant, string Kind, string? Module, ImportStatus Status, IReadOnlyList<string> Changes, IReadOnlyList<string> Errors);
}
