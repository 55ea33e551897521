using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Mail;
using MetaHub.Kernel.Security;
using MetaHub.Web.Infrastructure.Mail;
using Microsoft.Extensions.DependencyInjection;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Host;

/// <summary>Without an SMTP server, mail is kept in the catalog and read at <c>/dev/outbox</c>, in Development only.</summary>
public sealed partial class OutboxTests(OutboxTests.OutboxFactory factory) : IClassFixture<OutboxTests.OutboxFactory>
{
    [Fact]
    public async Task ForgotPassword_NoSmtpHost_MailIsListedFirstAsJsonAndLoggedWithoutItsBody()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);

        using var forgot = await org.SendAsync(HttpMethod.Post, "/api/auth/password/forgot", new { email = user.Email });
        var mail = await WaitForNewestAsync(user.Email);

        forgot.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        mail.EnumerateObject().Select(p => p.Name).ShouldBe(["to", "subject", "text", "html", "sentAt"]);
        mail.GetProperty("subject").GetString().ShouldBe("MetaHub parola sıfırlama");
        mail.GetProperty("text").GetString()!.ShouldContain("/account/reset-password?email=");
        mail.GetProperty("html").GetString()!.ShouldContain("/account/reset-password?email=");
        var sentAt = mail.GetProperty("sentAt").GetString()!;
        sentAt.ShouldEndWith("Z");
        DateTimeOffset.Parse(sentAt, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        (await MailServer.Instance.CountAsync(user.Email)).ShouldBe(0);
        var logged = factory.Logs.Where(l => l.Category == typeof(EmailDelivery).FullName && l.Message.Contains(user.Email, StringComparison.Ordinal))
            .ShouldHaveSingleItem();
        logged.Message.ShouldContain("MetaHub parola sıfırlama");
        logged.Message.ShouldNotContain("token=");
    }

    [Fact]
    public async Task List_TwoMails_NewestFirstAndTakeLimitsTheList()
    {
        var to = $"sira.{Guid.NewGuid():N}@ajans.example";
        await SendAsync(new EmailMessage(to, "Birinci", "bir", "<p>bir</p>"));
        await SendAsync(new EmailMessage(to, "İkinci", "iki", "<p>iki</p>"));

        var all = await ListAsync();
        var newest = await ListAsync("?take=1");

        all.Where(m => m.GetProperty("to").GetString() == to).Select(m => m.GetProperty("subject").GetString()).ShouldBe(["İkinci", "Birinci"]);
        all[0].GetProperty("subject").GetString().ShouldBe("İkinci");
        newest.Select(m => m.GetProperty("subject").GetString()).ShouldBe(["İkinci"]);
    }

    [Fact]
    public async Task Page_BrowserAccept_ShowsMailEscapedAndItsHtmlOnlyInASandbox()
    {
        var to = $"sayfa.{Guid.NewGuid():N}@ajans.example";
        const string html = "<p>Merhaba</p><script>alert(2)</script>";
        await SendAsync(new EmailMessage(to, "<script>alert(1)</script> & davet", "Plain <b>not bold</b>", html));

        using var request = Get("/dev/outbox", language: "en");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await factory.CreateClient().SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        page.ShouldContain("<h1");
        page.ShouldContain("Development outbox");
        page.ShouldContain(to);
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; davet");
        page.ShouldContain("Plain &lt;b&gt;not bold&lt;/b&gt;");
        page.ShouldNotContain("<script>alert");
        page.ShouldNotContain("<b>not bold");
        var frame = IframeTag().Matches(page).Select(m => m.Value).Single(t => t.Contains("alert(2)", StringComparison.Ordinal));
        SandboxAttribute().IsMatch(frame).ShouldBeTrue(frame);
        frame.ShouldNotContain("allow-");
        WebUtility.HtmlDecode(SrcdocAttribute().Match(frame).Groups["value"].Value).ShouldBe(html);
    }

    [Fact]
    public async Task Page_NoMailYet_ShowsTheEmptyStateAndJsonIsEmpty()
    {
        await using var fresh = MetaHubFactory.Create("Development", NoSmtp());
        using var request = Get("/dev/outbox", language: "en");

        using var response = await fresh.CreateClient().SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();
        var json = await ListAsync(fresh);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("No mail yet.");
        page.ShouldNotContain("<iframe");
        json.ShouldBeEmpty();
    }

    [Fact]
    public async Task Get_InProduction_Returns404EvenWithMailKept()
    {
        await using var production = MetaHubFactory.Create("Production", NoSmtp());
        var tenant = await production.CreateTenantAsync();
        await production.Services.GetRequiredService<IEmailSender>()
            .SendAsync(new EmailMessage($"prod.{Guid.NewGuid():N}@ajans.example", "Gizli", "gizli", "<p>gizli</p>"), CancellationToken.None);
        using var withTenant = Get("/dev/outbox", tenant: tenant.Slug);
        withTenant.Headers.Accept.ParseAdd("application/json");
        using var withoutTenant = Get("/dev/outbox");

        using var json = await production.CreateClient().SendAsync(withTenant);
        using var page = await production.CreateClient().SendAsync(withoutTenant);

        json.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldNotContain("Gizli");
    }

    private static Dictionary<string, string?> NoSmtp() => new(StringComparer.Ordinal) { ["MetaHub:Mail:Host"] = "" };

    private Task SendAsync(EmailMessage message) =>
        factory.Services.GetRequiredService<IEmailSender>().SendAsync(message, CancellationToken.None);

    private Task<List<JsonElement>> ListAsync(string query = "") => ListAsync(factory, query);

    private static async Task<List<JsonElement>> ListAsync(MetaHubFactory host, string query = "")
    {
        using var request = Get("/dev/outbox" + query);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await host.CreateClient().SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return [.. (await response.JsonAsync()).EnumerateArray()];
    }

    /// <summary>The newest kept mail, once it is the one to <paramref name="recipient"/>: queued mail is written in the background.</summary>
    private async Task<JsonElement> WaitForNewestAsync(string recipient)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var mails = await ListAsync();
            if (mails.Count > 0 && mails[0].GetProperty("to").GetString() == recipient)
            {
                return mails[0];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {recipient} reached the outbox.");
            }

            await Task.Delay(100);
        }
    }

    [GeneratedRegex("<iframe[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IframeTag();

    [GeneratedRegex("""\ssandbox(=""|\s|>)""", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SandboxAttribute();

    [GeneratedRegex("\\ssrcdoc=\"(?<value>[^\"]*)\"", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SrcdocAttribute();

    public sealed class OutboxFactory() : MetaHubFactory("Development", NoSmtp());
}
