namespace MetaHub.Kernel.Security;

/// <summary>
/// The five roles every company has from the start (SPEC §5). As flags they say, per permission,
/// which system roles hold it; a role row carries exactly one of them.
/// </summary>
[Flags]
public enum SystemRoles
{
    None = 0,
    Owner = 1,
    Admin = 2,
    Manager = 4,
    Employee = 8,
    Intern = 16,
}
