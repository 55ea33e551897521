using System.Data;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MetaHub.Benchmarks.Customers;

/// <summary>One SQL command as EF Core logged it: its text, its parameters' names and types (the log hides the values) and its time.</summary>
internal sealed partial record CapturedCommand(string Sql, IReadOnlyList<CapturedParameter> Parameters, string ElapsedMs)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>From the log's <c>parameters</c> value, e.g. <c>@ef_filter__tenantId='?' (DbType = Guid), @p='?' (DbType = Int32)</c>.</summary>
    public static CapturedCommand From(string sql, string parameters, string elapsed) => new(
        sql,
        [.. Parameter().Matches(parameters).Select(m => new CapturedParameter(
            m.Groups["name"].Value, m.Groups["type"].Success ? Enum.Parse<DbType>(m.Groups["type"].Value) : null))],
        elapsed);

    [GeneratedRegex(@"(?<name>@\w+)='(?:[^']|'')*'(?: \((?:[^)]*?DbType = (?<type>\w+))?[^)]*\))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Parameter();
}
