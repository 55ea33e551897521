namespace MetaHub.Subscriptions.Modules;

/// <summary>Tenants × modules: the columns, one page of rows (each with its enabled modules) and the total.</summary>
internal sealed record ModuleMatrix(IReadOnlyList<ModuleMatrix.Column> Modules, IReadOnlyList<ModuleMatrix.Row> Rows, int Total, int Page, int PageSize)
{
    public sealed record Column(string Code, string Label, bool IsCore);

    public sealed record Row(Guid TenantId, string Slug, string Name, string Status, IReadOnlyList<string> Enabled);
}
