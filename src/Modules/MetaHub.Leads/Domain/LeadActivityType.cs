using System.Text.Json.Serialization;
using MetaHub.Kernel.Json;

namespace MetaHub.Leads.Domain;

[JsonConverter(typeof(SnakeCaseEnumConverter<LeadActivityType>))]
public enum LeadActivityType
{
    Call = 0,
    Meeting = 1,
    Email = 2,
    Whatsapp = 3,
    Proposal = 4,
    Note = 5,

    /// <summary>Written by the application when the lead moves to another status, so the history shows every move.</summary>
    StatusChange = 6,
}
