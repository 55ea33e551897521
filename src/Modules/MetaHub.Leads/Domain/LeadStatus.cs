using System.Text.Json.Serialization;
using MetaHub.Kernel.Json;

namespace MetaHub.Leads.Domain;

/// <summary>The pipeline's columns, in order; <see cref="Won"/> and <see cref="Lost"/> close a lead.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<LeadStatus>))]
public enum LeadStatus
{
    New = 0,
    Contacted = 1,
    MeetingScheduled = 2,
    ProposalSent = 3,
    Negotiation = 4,
    Won = 5,
    Lost = 6,
}
