namespace MetaHub.Subscriptions.Modules;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AssignmentStatus>))]
internal enum AssignmentStatus
{
    Changed,
    Unchanged,
    TenantNotFound,
    ModuleNotFound,
    Refused,
}
