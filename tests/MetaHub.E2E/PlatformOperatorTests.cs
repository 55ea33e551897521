using System.Text.RegularExpressions;
using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The operators' area as the development operator meets it: sign-in with an authenticator, then the tenants.</summary>
public sealed class PlatformOperatorTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task DevelopmentOperator_SignsInAtThePlatform_SeesTheDemoTenant()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.PlatformUrl("/platform"));
        await Expect(page).ToHaveURLAsync(new Regex("/platform/login", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await page.GetByTestId("login-email").FillAsync("platform@metahub.local");
        await page.GetByTestId("login-password").FillAsync(DemoSignIn.Password);
        await page.GetByTestId("login-submit").ClickAsync();

        // The host requires a second factor (MetaHub:Demo:RequireTwoFactor=true): the first sign-in enrols one.
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await Expect(page.GetByTestId("login-error")).ToHaveCountAsync(0);
        await page.GetByTestId("totp-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByTestId("totp-submit").ClickAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.GetByTestId("enrol-continue").ClickAsync();

        await Expect(page.GetByTestId("operator-email")).ToHaveTextAsync("platform@metahub.local");
        var demo = page.Locator("[data-testid=tenant-row][data-slug=demo]");
        await Expect(demo).ToContainTextAsync("XYZ Holding");
        await Expect(demo).ToContainTextAsync("Enterprise");
        await Expect(demo).ToContainTextAsync("Etkin");
    }
}
