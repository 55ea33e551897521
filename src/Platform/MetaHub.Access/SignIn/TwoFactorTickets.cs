using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MetaHub.Access.SignIn;

/// <summary>
/// The short-lived token between the password and the second factor: it names the account and
/// where it lives (the tenant; for a platform operator, none), whether enrolment is due, and the
/// account's security stamp, so it dies with a password change. Each kind of account has its own
/// protector purpose: a ticket of one kind is never read as another.
/// </summary>
internal sealed class TwoFactorTickets(IDataProtector protector, TimeProvider time)
{
    public const string TenantPurpose = "MetaHub.Access.TwoFactorTicket";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector protector = protector.ToTimeLimitedDataProtector();

    public string Issue(Guid scope, Guid accountId, string securityStamp, bool enrol) =>
        protector.Protect($"{scope:N}|{accountId:N}|{securityStamp}|{(enrol ? 1 : 0)}", time.GetUtcNow().Add(Lifetime));

    public TwoFactorTicket? Read(string? ticket, Guid scope)
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
        return parts.Length == 4 && Guid.TryParse(parts[0], out var read) && read == scope && Guid.TryParse(parts[1], out var accountId)
            ? new TwoFactorTicket(accountId, parts[2], parts[3] == "1")
            : null;
    }
}
