namespace MetaHub.Access.Features.Auth;

internal sealed record SwitchCompanyRequest(Guid? CompanyId, bool GroupView);
