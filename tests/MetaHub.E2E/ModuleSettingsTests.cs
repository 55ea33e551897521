using MetaHub.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>A tenant admin arranges the modules on /settings/modules and the sidebar follows.</summary>
public sealed class ModuleSettingsTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Owner_MovesAModuleUp_SidebarShowsTheNewOrderOnTheNextNavigation()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "owner@demo.local", "Dijital AŞ");
        var sidebar = await SidebarAsync(page);
        sidebar.Count.ShouldBeGreaterThanOrEqualTo(2);
        var (first, second) = (sidebar[0], sidebar[1]);

        await page.GetByTestId("nav-module-settings").ClickAsync();
        await Expect(page.GetByTestId("module-row").First).ToBeVisibleAsync();
        var rows = await RowsAsync(page);
        while (rows.IndexOf(second) > rows.IndexOf(first))
        {
            var target = rows.IndexOf(second) - 1;
            await page.Locator($"[data-testid=module-row][data-module={second}] [data-testid=module-up]").ClickAsync();
            await Expect(page.GetByTestId("module-row").Nth(target)).ToHaveAttributeAsync("data-module", second);
            rows = await RowsAsync(page);
        }

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Modül sırası kaydedildi.");
        await page.Locator("a[href='/']").First.ClickAsync();

        await Expect(page.Locator("[data-testid=nav-module]").Nth(0)).ToHaveAttributeAsync("data-module", second);
        await Expect(page.Locator("[data-testid=nav-module]").Nth(1)).ToHaveAttributeAsync("data-module", first);
        await page.ReloadAsync();
        (await SidebarAsync(page)).Take(2).ShouldBe([second, first]);
    }

    private static async Task<List<string>> SidebarAsync(IPage page) =>
        [.. await page.Locator("[data-testid=nav-module]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.module)")];

    private static async Task<List<string>> RowsAsync(IPage page) =>
        [.. await page.GetByTestId("module-row").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.module)")];
}
