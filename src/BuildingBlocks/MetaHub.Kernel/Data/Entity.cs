namespace MetaHub.Kernel.Data;

/// <summary>Base of every persisted entity: a time-ordered GUID key, so inserts stay index-friendly.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
}
