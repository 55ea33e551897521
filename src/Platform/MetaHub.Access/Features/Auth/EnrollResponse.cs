namespace MetaHub.Access.Features.Auth;

internal sealed record EnrollResponse(string SharedKey, string AuthenticatorUri, string QrCode);
