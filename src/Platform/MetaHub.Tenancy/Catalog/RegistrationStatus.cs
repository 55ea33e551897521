namespace MetaHub.Tenancy.Catalog;

public enum RegistrationStatus
{
    /// <summary>Waiting for the code or link from the verification email.</summary>
    PendingVerification = 0,

    /// <summary>Email verified; provisioning is scheduled or running.</summary>
    Provisioning = 1,

    Completed = 2,

    /// <summary>The last provisioning attempt failed; the person may try again.</summary>
    Failed = 3,
}
