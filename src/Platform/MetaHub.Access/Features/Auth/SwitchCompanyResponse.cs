namespace MetaHub.Access.Features.Auth;

internal sealed record SwitchCompanyResponse(string AccessToken, int ExpiresIn, Guid? CompanyId, bool GroupView);
