using System.Net;

namespace MetaHub.Kernel.Tenancy;

/// <summary>
/// The tenant's sign-in policy: whether every user must use a second factor, and the networks
/// (CIDR) staff may sign in from — none listed means anywhere.
/// </summary>
public sealed record TenantSecurity(bool RequireTwoFactor, IReadOnlyList<IPNetwork> AllowedNetworks)
{
    public static readonly TenantSecurity Default = new(RequireTwoFactor: true, []);

    public bool Allows(IPAddress? address)
    {
        if (AllowedNetworks.Count == 0)
        {
            return true;
        }

        if (address is null)
        {
            return false;
        }

        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return AllowedNetworks.Any(network => network.Contains(candidate));
    }
}
