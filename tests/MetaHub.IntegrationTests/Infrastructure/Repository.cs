namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests run from: the directory holding <c>MetaHub.slnx</c> above the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MetaHub.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MetaHub.slnx not found above " + AppContext.BaseDirectory);
    }
}
