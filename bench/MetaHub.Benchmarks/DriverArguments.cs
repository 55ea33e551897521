namespace MetaHub.Benchmarks;

/// <summary>The drivers' <c>--name value</c> arguments.</summary>
internal static class DriverArguments
{
    public static Dictionary<string, string> Parse(IReadOnlyList<string> args, params string[] required)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var missing = required.Where(r => !values.ContainsKey(r)).ToList();
        return missing.Count == 0
            ? values
            : throw new ArgumentException($"Missing: {string.Join(", ", missing.Select(m => "--" + m))}.", nameof(args));
    }
}
