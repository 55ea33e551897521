using MetaHub.Kernel.Files;

namespace MetaHub.UnitTests;

public sealed class LocalFileStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "metahub-files-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public async Task SaveAsync_ThenOpen_ReadsTheLatestContentUntilDeleted()
    {
        var store = new LocalFileStore(root);
        const string key = "tenant/companies/company/logo";

        await store.SaveAsync(key, new MemoryStream([1, 2, 3]), CancellationToken.None);
        await store.SaveAsync(key, new MemoryStream([4, 5]), CancellationToken.None);
        await using (var file = await store.OpenReadAsync(key, CancellationToken.None))
        {
            file.ShouldNotBeNull().Length.ShouldBe(2);
            using var copy = new MemoryStream();
            await file.Content.CopyToAsync(copy);
            copy.ToArray().ShouldBe([4, 5]);
        }

        await store.DeleteAsync(key, CancellationToken.None);
        await store.DeleteAsync(key, CancellationToken.None);
        (await store.OpenReadAsync(key, CancellationToken.None)).ShouldBeNull();
        Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("tenant/../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("tenant\\..\\outside")]
    [InlineData("")]
    public async Task AnyOperation_KeyLeavingTheRoot_IsRefused(string key)
    {
        var store = new LocalFileStore(root);

        await Should.ThrowAsync<ArgumentException>(() => store.SaveAsync(key, new MemoryStream([1]), CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => store.OpenReadAsync(key, CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => store.DeleteAsync(key, CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
