using System.Text.Json.Serialization;
using MetaHub.Kernel.Json;

namespace MetaHub.Customers.Domain;

[JsonConverter(typeof(SnakeCaseEnumConverter<InteractionType>))]
public enum InteractionType
{
    Call = 0,
    Meeting = 1,
    Email = 2,
    Whatsapp = 3,
    Note = 4,
}
