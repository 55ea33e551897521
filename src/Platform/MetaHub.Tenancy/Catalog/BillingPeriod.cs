using System.Text.Json.Serialization;

namespace MetaHub.Tenancy.Catalog;

[JsonConverter(typeof(JsonStringEnumConverter<BillingPeriod>))]
public enum BillingPeriod
{
    Monthly = 0,
    Yearly = 1,
}
