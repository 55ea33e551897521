namespace MetaHub.Access.SignIn;

/// <summary>What the user needs to add MetaHub to an authenticator app.</summary>
internal sealed record Enrolment(string SharedKey, string AuthenticatorUri, string QrCodeDataUrl);
