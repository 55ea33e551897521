using System.Text.Json.Serialization;
using MetaHub.Kernel.Json;

namespace MetaHub.Customers.Domain;

[JsonConverter(typeof(SnakeCaseEnumConverter<CustomerStatus>))]
public enum CustomerStatus
{
    Active = 0,
    Passive = 1,
    Potential = 2,
}
