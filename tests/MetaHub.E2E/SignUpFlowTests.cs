using System.Text.RegularExpressions;
using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>Signing up on the platform's own address (no tenant) and proving the email with the code or the link.</summary>
public sealed class SignUpFlowTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Password = "Guclu.Parola-2026";

    [Fact]
    public async Task SignUp_CodeFromTheEmail_ProvisionsLive_OwnerSignsInOnTheNewSubdomain_CompletesSetup_SeesTheChosenModules()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var email = $"kurucu.{id}@ajans.example";
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"http://localhost:{host.Port}/register");
        await page.GetByTestId("register-first-name").FillAsync("Ayşe");
        await page.GetByTestId("register-last-name").FillAsync("Yılmaz");
        await page.GetByTestId("register-email").FillAsync(email);
        await page.GetByTestId("register-team-name").FillAsync($"Çiçek Ağı {id}");
        await Expect(page.GetByTestId("register-slug-preview")).ToHaveTextAsync($"cicek-agi-{id}.localhost");
        await page.GetByTestId("register-password").FillAsync(Password);
        await page.GetByTestId("register-confirm").FillAsync(Password);
        await page.GetByTestId("register-accept-terms").CheckAsync();
        await page.GetByTestId("register-submit").ClickAsync();
        await Expect(page.GetByTestId("error-acceptPrivacy")).ToContainTextAsync("gizlilik politikasını");

        await page.GetByTestId("register-password").FillAsync(Password);
        await page.GetByTestId("register-confirm").FillAsync(Password);
        await page.GetByTestId("register-accept-privacy").CheckAsync();
        await page.GetByTestId("register-submit").ClickAsync();
        await Expect(page.GetByTestId("verify-lead")).ToContainTextAsync(email);

        var code = (await MailServer.Instance.WaitForAsync(email, "MetaHub")).Text!
            .Split('\n').Select(line => line.Trim()).First(line => line.Length == 6 && line.All(char.IsAsciiDigit));
        await page.GetByTestId("verify-code").FillAsync(code);
        await page.GetByTestId("verify-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/register/progress/[0-9a-f-]{36}$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await Expect(page.GetByTestId("progress-step")).ToHaveCountAsync(9);

        var slug = $"cicek-agi-{id}";
        await Expect(page).ToHaveURLAsync(
            new Regex($"^http://{slug}\\.localhost:{host.Port}/account/login\\?message=tenant-created", RegexOptions.None, TimeSpan.FromSeconds(1)),
            new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("login-tenant-created")).ToBeVisibleAsync();
        (await page.GetByTestId("login-register").GetAttributeAsync("href")).ShouldBe($"http://localhost:{host.Port}/register");
        await DemoSignIn.EnrolAsync(host, page, email, Password, slug);
        await page.GetByTestId("enrol-continue").ClickAsync();
        await page.Locator($"[data-testid=pick-company][data-company='Çiçek Ağı {id}']").ClickAsync();

        // A new tenant starts with the setup wizard: details, package, summary.
        await Expect(page).ToHaveURLAsync(new Regex("/setup$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await DemoSignIn.InteractiveAsync(page);
        await Expect(page.GetByTestId("setup-company-name")).ToHaveValueAsync($"Çiçek Ağı {id}");
        await page.GetByTestId("setup-company-name").FillAsync($"Çiçek Ağı Dijital {id}");
        await page.GetByTestId("setup-tax-number").FillAsync("1234567890");
        await page.GetByTestId("setup-next").ClickAsync();
        await page.GetByTestId("setup-next").ClickAsync();
        await Expect(page.GetByTestId("setup-error")).ToContainTextAsync("paket seçin");
        await page.Locator("[data-testid=setup-package][data-package=professional] [data-testid=setup-choose]").ClickAsync();
        // Choosing the card ticks its modules; unticking before that lands would find SEO already unticked.
        var seo = page.Locator("[data-testid=setup-package][data-package=professional] [data-testid=setup-module][data-module=seo]");
        await Expect(seo).ToBeCheckedAsync();
        await seo.UncheckAsync();
        await page.GetByTestId("setup-next").ClickAsync();
        await Expect(page.GetByTestId("setup-summary")).ToContainTextAsync("Professional");
        await Expect(page.GetByTestId("setup-summary")).Not.ToContainTextAsync("SEO");
        await page.GetByTestId("setup-next").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/\\?setup=done$", RegexOptions.None, TimeSpan.FromSeconds(1)), new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("company-switcher")).ToContainTextAsync($"Çiçek Ağı Dijital {id}");
        await Expect(page.Locator("[data-testid=nav-module][data-module=customers]")).ToHaveTextAsync("Müşteriler");
        await Expect(page.Locator("[data-testid=nav-module][data-module=projects]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=nav-module][data-module=seo]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=nav-module][data-module=finance]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task VerifyEmail_ResendTooSoon_ShowsTheWait_AndTheMailedLinkVerifiesOnOpening()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var email = $"kurucu.{id}@ajans.example";
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var registered = await context.APIRequest.PostAsync($"http://localhost:{host.Port}/api/public/tenant-registration/register", new APIRequestContextOptions
        {
            DataObject = new { email, password = Password, firstName = "Can", lastName = "Demir", teamName = $"Demir Medya {id}", acceptTerms = true, acceptPrivacy = true },
        });
        registered.Status.ShouldBe(202);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"http://localhost:{host.Port}/verify-email?email={Uri.EscapeDataString(email)}");
        await page.GetByTestId("verify-resend").ClickAsync();
        await Expect(page.GetByTestId("error-form")).ToContainTextAsync("saniye bekleyin");

        var link = (await MailServer.Instance.WaitForAsync(email, "MetaHub")).Link("/verify-email");
        await page.GotoAsync(link.ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/register/progress/[0-9a-f-]{36}$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await Expect(page.GetByTestId("progress-step")).ToHaveCountAsync(9);
    }
}
