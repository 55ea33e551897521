using MetaHub.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

public sealed class TenantShellTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Landing_DemoSubdomain_ShowsTenantNameInTurkish()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(host.TenantUrl("demo"));

        response!.Status.ShouldBe(200);
        await Expect(page.GetByTestId("landing-title")).ToHaveTextAsync("XYZ Holding");
        await Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("XYZ Holding");
        await Expect(page.GetByText("XYZ Holding çalışma alanına hoş geldiniz")).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync("XYZ Holding · MetaHub");
    }

    [Fact]
    public async Task Shell_DarkModeAndLanguage_SwitchAndPersist()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.TenantUrl("demo"));
        var toggle = page.GetByTestId("dark-mode-toggle");
        await Expect(toggle).ToHaveAttributeAsync("aria-label", "Koyu tema");

        // The click is handled over the live circuit, so wait until the page is interactive.
        await DemoSignIn.InteractiveAsync(page);
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-label", "Açık tema");

        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("language-en").ClickAsync();

        await Expect(page.GetByText("Welcome to the XYZ Holding workspace")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByText("Welcome to the XYZ Holding workspace")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("dark-mode-toggle")).ToHaveAttributeAsync("aria-label", "Light mode", new() { Timeout = 15000 });
    }

    [Fact]
    public async Task UnknownSubdomain_ShowsTenantNotFound()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(host.TenantUrl("no-such-agency"));

        response!.Status.ShouldBe(404);
        await Expect(page.Locator("body")).ToContainTextAsync("Tenant could not be resolved");
    }
}
