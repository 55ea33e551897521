namespace MetaHub.Tenancy.Catalog;

/// <summary>The steps of provisioning a registered tenant, in order (SPEC §3); the value is the progress in percent.</summary>
public enum ProvisioningStep
{
    Starting = 5,
    CreatingTenant = 10,
    CreatingMasterUser = 30,
    CreatingDatabase = 40,
    RunningMigrations = 50,
    SeedingData = 60,
    ActivatingTenant = 85,
    SendingWelcomeEmail = 95,
    Completed = 100,
}
