namespace MetaHub.Access.Domain;

public enum TwoFactorMethod
{
    None,
    Authenticator,
    RecoveryCode,
}
