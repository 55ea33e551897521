using MetaHub.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The seed's sign-in as a person does it: password → authenticator → company picker → dashboard.</summary>
public sealed class SignInFlowTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Owner_EnrolsAuthenticator_PicksSubsidiary_SwitchesCompany()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();

        await DemoSignIn.EnrolAsync(host, page, "owner@demo.local");
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.GetByTestId("enrol-continue").ClickAsync();

        await Expect(page.GetByTestId("pick-group")).ToBeVisibleAsync();
        await page.Locator("[data-testid=pick-company][data-company='SEO Birimi']").ClickAsync();
        await Expect(page.GetByTestId("landing-title")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("company-switcher")).ToContainTextAsync("SEO Birimi");
        await DemoSignIn.InteractiveAsync(page);

        await page.GetByTestId("company-switcher").ClickAsync();
        await page.Locator("[data-testid=switch-company][data-company='Tasarım Stüdyo']").ClickAsync();

        await Expect(page.GetByTestId("company-switcher")).ToContainTextAsync("Tasarım Stüdyo");
        await page.GotoAsync(host.TenantUrl("demo", "/settings/audit"));
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("LOGIN");
    }

    [Fact]
    public async Task Intern_IsRefusedTheAuditLog()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await DemoSignIn.EnrolAsync(host, page, "intern@demo.local");
        await page.GetByTestId("enrol-continue").ClickAsync();
        await page.Locator("[data-testid=pick-company][data-company='SEO Birimi']").ClickAsync();
        await Expect(page.GetByTestId("company-switcher")).ToContainTextAsync("SEO Birimi");
        await Expect(page.GetByTestId("nav-audit")).ToHaveCountAsync(0);

        await page.GotoAsync(host.TenantUrl("demo", "/settings/audit"));

        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("audit-table")).ToHaveCountAsync(0);
    }
}
