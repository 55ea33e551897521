namespace MetaHub.Kernel.Tenancy;

public enum TenantStatus
{
    Provisioning = 0,
    Active = 1,
    Suspended = 2,
    Inactive = 3,
}
