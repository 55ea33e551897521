using System.Globalization;
using MetaHub.Kernel.Mail;
using MetaHub.Onboarding.Resources;
using MetaHub.Tenancy.Catalog;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MetaHub.Onboarding.Registration;

/// <summary>The email with the code and the link, in the language the person signed up in.</summary>
internal sealed class VerificationMail(IEmailSender mail, IStringLocalizer<OnboardingResources> localizer, IOptions<OnboardingOptions> options)
{
    public const string VerifyPath = "/verify-email";

    /// <summary>Hands the mail to the server and returns once it took it; throws when it did not.</summary>
    public Task SendAsync(TenantRegistration registration, string code, string token, string siteUrl, CancellationToken cancellationToken) =>
        mail.SendAsync(Compose(registration, code, token, siteUrl), cancellationToken);

    /// <summary>Queues the mail, for answers that must not take longer when a mail goes out.</summary>
    public void Enqueue(TenantRegistration registration, string code, string token, string siteUrl) =>
        mail.Enqueue(Compose(registration, code, token, siteUrl));

    private EmailMessage Compose(TenantRegistration registration, string code, string token, string siteUrl)
    {
        var link = $"{siteUrl.TrimEnd('/')}{VerifyPath}?email={Uri.EscapeDataString(registration.Email)}&token={Uri.EscapeDataString(token)}";
        var requestCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(registration.Culture);
        try
        {
            return new ActionEmail(
                localizer["mail.subject"],
                localizer["mail.greeting", registration.FirstName],
                [localizer["mail.body", registration.TeamName], code, localizer["mail.expiry", options.Value.CodeMinutes]],
                localizer["mail.action"],
                link,
                localizer["mail.footer"]).To(registration.Email);
        }
        finally
        {
            CultureInfo.CurrentUICulture = requestCulture;
        }
    }
}
