namespace MetaHub.Kernel.Files;

/// <summary>
/// Binary content kept outside the database, under keys the caller builds. Keys start with the
/// tenant id (<c>{tenantId}/companies/{companyId}/logo</c>) so one tenant's files never share a
/// folder with another's; a key holding <c>..</c> is refused.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing what was there; readers see the old or the new file, never half of one.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The file under <paramref name="key"/>, or null when there is none. The caller disposes the stream.</summary>
    Task<StoredFile?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file under <paramref name="key"/>; a missing file is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
