namespace MetaHub.Subscriptions.Modules;

/// <summary>What an import does (or, in a dry run, would do) with one item of the document.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ImportStatus>))]
internal enum ImportStatus
{
    Create,
    Update,
    Unchanged,
    Error,
}
