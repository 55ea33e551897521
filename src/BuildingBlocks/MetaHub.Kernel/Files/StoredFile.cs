namespace MetaHub.Kernel.Files;

/// <summary>An open stored file with what a cache validator needs.</summary>
public sealed record StoredFile(Stream Content, long Length, DateTimeOffset LastModified) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
