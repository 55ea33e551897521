using MetaHub.Leads.Domain;

namespace MetaHub.Leads.Features.Editing;

/// <summary>A request's values after checking: trimmed, blanks as null, names read into their enumerations.</summary>
internal sealed record LeadValues(
    string CompanyName,
    string? ContactPerson,
    string? Phone,
    string? Email,
    LeadSource Source,
    LeadStatus Status,
    decimal? ExpectedValue,
    string? Currency,
    DateOnly? NextContactDate,
    string? Notes,
    Guid? AssigneeId)
{
    /// <summary>Writes everything but the status, which only <see cref="Pipeline.StatusMove"/> changes.</summary>
    public void CopyTo(Lead lead)
    {
        lead.CompanyName = CompanyName;
        lead.ContactPerson = ContactPerson;
        lead.Phone = Phone;
        lead.Email = Email;
        lead.Source = Source;
        lead.ExpectedValue = ExpectedValue;
        lead.Currency = Currency;
        lead.NextContactDate = NextContactDate;
        lead.Notes = Notes;
        lead.AssigneeId = AssigneeId;
    }
}
