using System.Net.Http.Json;
using System.Text.Json.Serialization;
using MetaHub.IntegrationTests.Infrastructure;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>A valid sign-up with an address and team of its own, to be spoiled field by field with <c>with</c>.</summary>
public sealed record SignUpForm(
    string Email, string Password, string FirstName, string LastName, string TeamName, string? Slug, bool AcceptTerms, bool AcceptPrivacy)
{
    public const string RegisterPath = "/api/public/tenant-registration/register";
    public const string VerifyPath = "/api/public/tenant-registration/verify-email";
    public const string ResendPath = "/api/public/tenant-registration/resend";
    public const string StrongPassword = "Guclu.Parola-2026";

    public static SignUpForm New()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new($"kurucu.{id}@ajans.example", StrongPassword, "Ayşe", "Yılmaz", $"Çiçek Ağı Şişli {id}", null, true, true);
    }

    /// <summary>The slug the server derives from <see cref="TeamName"/> of <see cref="New"/>.</summary>
    [JsonIgnore]
    public string DerivedSlug => "cicek-agi-sisli-" + TeamName[^10..];

    public Task<HttpResponseMessage> PostAsync(HttpClient client) => client.PostAsJsonAsync(RegisterPath, this);

    /// <summary>The code in the newest verification mail to <see cref="Email"/>, once <paramref name="mails"/> of them arrived.</summary>
    public async Task<MailServer.ReceivedMail> MailAsync(int mails = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await MailServer.Instance.CountAsync(Email) < mails && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return await MailServer.Instance.WaitForAsync(Email, "MetaHub");
    }

    /// <summary>The code stands on a line of its own.</summary>
    public static string CodeIn(MailServer.ReceivedMail mail) =>
        (mail.Text ?? "").Split('\n').Select(line => line.Trim()).First(line => line.Length == 6 && line.All(char.IsAsciiDigit));

    public static string TokenIn(MailServer.ReceivedMail mail) =>
        Uri.UnescapeDataString(mail.Link("/verify-email").Query.Split("token=")[1].Split('&')[0]);
}
