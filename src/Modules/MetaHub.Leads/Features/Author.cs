namespace MetaHub.Leads.Features;

internal sealed record Author(Guid? Id, string Name);
