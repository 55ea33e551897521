namespace MetaHub.Access.Domain;

public enum LoginStatus
{
    Succeeded,
    Failed,
    LockedOut,
    TwoFactorFailed,
    NetworkRefused,
}
