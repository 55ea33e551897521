namespace MetaHub.Leads.Features.Activities;

/// <summary>
/// A contact with the lead: <c>type</c> is call, meeting, email, whatsapp, proposal or note;
/// <c>contactDate</c> defaults to now; a <c>nextActionDate</c> becomes the lead's next contact date.
/// </summary>
internal sealed record ActivityRequest(string? Type, string? Description, DateTime? ContactDate, string? NextAction, DateOnly? NextActionDate);
