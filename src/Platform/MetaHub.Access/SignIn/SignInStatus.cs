namespace MetaHub.Access.SignIn;

public enum SignInStatus
{
    /// <summary>Wrong email, password or code, an inactive or locked account: the caller learns nothing more.</summary>
    Failed,

    /// <summary>The two-factor token is unknown or expired: start again with the password.</summary>
    TicketExpired,

    /// <summary>The tenant's IP allow-list does not include the caller's address.</summary>
    NetworkRefused,

    TwoFactorRequired,

    /// <summary>The tenant requires a second factor and the user has none yet: enrol first.</summary>
    EnrolmentRequired,

    SignedIn,
}
