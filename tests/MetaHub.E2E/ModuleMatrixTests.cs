using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>An operator switches a tenant's module in the tenant × module matrix; the tenant's sidebar follows.</summary>
public sealed class ModuleMatrixTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Matrix_OperatorTogglesACell_TheTenantsSidebarChanges()
    {
        await using var tenantContext = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var tenantPage = await tenantContext.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, tenantPage, "owner@demo.local", "Dijital AŞ");
        var leads = tenantPage.Locator("[data-testid=nav-module][data-module=leads]");
        await Expect(leads).ToHaveCountAsync(1);

        await using var operatorContext = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var operatorPage = await operatorContext.NewPageAsync();
        await SignInOperatorAsync(operatorPage);
        await operatorPage.GotoAsync(host.PlatformUrl("/platform/modules?search=demo"));
        var cell = operatorPage.Locator("[data-testid=matrix-row][data-slug=demo] [data-testid=matrix-cell][data-module=leads]");
        await Expect(cell).ToHaveAttributeAsync("aria-pressed", "true");

        await cell.ClickAsync();

        await Expect(operatorPage.GetByTestId("matrix-message")).ToContainTextAsync("Potansiyel müşteriler, demo kiracısından alındı");
        await Expect(cell).ToHaveAttributeAsync("aria-pressed", "false");
        await tenantPage.ReloadAsync();
        await Expect(tenantPage.Locator("[data-testid=nav-module][data-module=customers]")).ToHaveCountAsync(1);
        await Expect(leads).ToHaveCountAsync(0);

        await cell.ClickAsync();

        await Expect(cell).ToHaveAttributeAsync("aria-pressed", "true");
        await tenantPage.ReloadAsync();
        await Expect(leads).ToHaveCountAsync(1);
    }

    /// <summary>The development operator, enrolling an authenticator (the host requires a second factor).</summary>
    private async Task SignInOperatorAsync(IPage page)
    {
        await page.GotoAsync(host.PlatformUrl("/platform/login"));
        await page.GetByTestId("login-email").FillAsync("platform@metahub.local");
        await page.GetByTestId("login-password").FillAsync(DemoSignIn.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByTestId("totp-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByTestId("totp-submit").ClickAsync();
        await page.GetByTestId("enrol-continue").ClickAsync();
        await Expect(page.GetByTestId("operator-email")).ToHaveTextAsync("platform@metahub.local");
    }
}
