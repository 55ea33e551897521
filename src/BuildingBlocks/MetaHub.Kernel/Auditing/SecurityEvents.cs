namespace MetaHub.Kernel.Auditing;

/// <summary>Audit actions that are events rather than row changes (SPEC §5).</summary>
public static class SecurityEvents
{
    public const string Login = "LOGIN";
    public const string LoginFailed = "LOGIN_FAILED";
    public const string TwoFactorFailed = "TWO_FACTOR_FAILED";
    public const string TwoFactorEnabled = "TWO_FACTOR_ENABLED";
    public const string Logout = "LOGOUT";
    public const string SessionRevoked = "SESSION_REVOKED";
    public const string PasswordResetRequested = "PASSWORD_RESET_REQUESTED";
    public const string PasswordReset = "PASSWORD_RESET";
    public const string PasswordChanged = "PASSWORD_CHANGED";
    public const string AccessDenied = "ACCESS_DENIED";
    public const string CredentialView = "CREDENTIAL_VIEW";
    public const string FileDownload = "FILE_DOWNLOAD";
    public const string SecurityPolicyChanged = "SECURITY_POLICY_CHANGED";
}
