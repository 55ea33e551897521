using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E.Infrastructure;

/// <summary>Signs a user of the demo tenant in through the real pages, enrolling an authenticator on the way.</summary>
public static class DemoSignIn
{
    public const string Password = "Demo.Metahub!2026";

    /// <summary>
    /// Password → enrolment (reads the manual key, answers with a computed code). Leaves the page on the
    /// recovery codes and returns the key, for a later sign-in. A user enrols once per host: use each
    /// demo user in one test of a fixture.
    /// </summary>
    public static async Task<string> EnrolAsync(BrowserHost host, IPage page, string email, string password = Password, string tenant = "demo")
    {
        await page.GotoAsync(host.TenantUrl(tenant, "/account/login"));
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();

        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByTestId("totp-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByTestId("totp-submit").ClickAsync();
        return key;
    }

    /// <summary>Enrols, continues to the picker and opens <paramref name="company"/>; waits until the page is interactive.</summary>
    public static async Task IntoCompanyAsync(BrowserHost host, IPage page, string email, string company)
    {
        await EnrolAsync(host, page, email);
        await page.GetByTestId("enrol-continue").ClickAsync();
        await page.Locator($"[data-testid=pick-company][data-company='{company}']").ClickAsync();
        await Expect(page.GetByTestId("company-switcher")).ToContainTextAsync(company);
        await InteractiveAsync(page);
    }

    /// <summary>
    /// Waits until the page's circuit is up. Until then the page is prerendered HTML: what is typed
    /// into it is lost when the interactive render replaces it.
    /// </summary>
    public static async Task InteractiveAsync(IPage page) =>
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1, new() { Timeout = 15000 });
}
