using System.Text.Json.Serialization;
using MetaHub.Kernel.Json;

namespace MetaHub.Leads.Domain;

[JsonConverter(typeof(SnakeCaseEnumConverter<LeadSource>))]
public enum LeadSource
{
    Website = 0,
    Whatsapp = 1,
    Referral = 2,
    SocialMedia = 3,
    GoogleAds = 4,
    ColdCall = 5,
    Other = 6,
}
