namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// What an uploaded CSV holds, for the mapping step: the detected encoding and separator, the
/// header row, the first rows, how many rows there are and the field each header suggests.
/// </summary>
internal sealed record ImportPreview(
    string Encoding,
    string Separator,
    IReadOnlyList<string> Headers,
    IReadOnlyList<string[]> Rows,
    int RowCount,
    IReadOnlyDictionary<string, string?> Mapping);
