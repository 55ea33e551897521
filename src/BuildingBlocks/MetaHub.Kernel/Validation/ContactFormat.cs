using System.Net.Mail;

namespace MetaHub.Kernel.Validation;

/// <summary>What every module accepts as a phone number or an email address, so a customer and a lead agree.</summary>
public static class ContactFormat
{
    /// <summary>Digits with the usual separators (spaces, + ( ) - .), 7 to 15 digits in all, as E.164 allows.</summary>
    public static bool IsPhone(string value)
    {
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '+' or '(' or ')' or '-' or '.'))
            {
                return false;
            }
        }

        return digits is >= 7 and <= 15;
    }

    /// <summary>A single address, as written (no display name), with a dotted domain.</summary>
    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address)
        && string.Equals(address.Address, value, StringComparison.OrdinalIgnoreCase)
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
