using System.Security.Cryptography;
using MetaHub.Access.Domain;
using Microsoft.AspNetCore.DataProtection;

namespace MetaHub.Access.SignIn;

/// <summary>
/// The short-lived token between the password and the second factor: it names the user and tenant,
/// whether enrolment is due, and the user's security stamp, so it dies with a password change.
/// </summary>
internal sealed class TwoFactorTickets(IDataProtectionProvider dataProtection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector protector =
        dataProtection.CreateProtector("MetaHub.Access.TwoFactorTicket").ToTimeLimitedDataProtector();

    public string Issue(User user, bool enrol) =>
        protector.Protect($"{user.TenantId:N}|{user.Id:N}|{user.SecurityStamp}|{(enrol ? 1 : 0)}", time.GetUtcNow().Add(Lifetime));

    public TwoFactorTicket? Read(string? ticket, Guid tenantId)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(ticket, out var expiration);
            if (expiration < time.GetUtcNow())
            {
                return null;
            }
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        return parts.Length == 4 && Guid.TryParse(parts[0], out var tenant) && tenant == tenantId && Guid.TryParse(parts[1], out var userId)
            ? new TwoFactorTicket(userId, parts[2], parts[3] == "1")
            : null;
    }
}
