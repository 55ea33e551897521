using System.Text.Json;
using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The operators' feature-flag and module transfer pages, and what a tenant's user notices of a flag.</summary>
public sealed class ModuleFlagsAndTransferTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Operator_SwitchesAuditExportOff_OwnerLosesTheButton_BackToDefaultRestoresIt_ThenExportsAndImports()
    {
        await using var operatorContext = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR", AcceptDownloads = true });
        var platform = await operatorContext.NewPageAsync();
        await SignInOperatorAsync(platform);
        await using var ownerContext = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var owner = await ownerContext.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, owner, "owner@demo.local", "Dijital AŞ");

        await platform.GetByTestId("nav-flags").ClickAsync();
        await platform.GetByTestId("flags-tenant").FillAsync("demo");
        await platform.GetByTestId("flags-module").SelectOptionAsync("access");
        await platform.GetByTestId("flags-show").ClickAsync();
        var row = platform.Locator("[data-testid=flag-row][data-key=audit-export]");
        await Expect(row.GetByTestId("flag-label")).ToHaveTextAsync("Denetim kaydını CSV olarak indirme");
        await Expect(row).ToHaveAttributeAsync("data-enabled", "true");
        await row.GetByTestId("flag-toggle").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-enabled", "false");
        await Expect(platform.GetByTestId("flags-saved")).ToBeVisibleAsync();

        await owner.GotoAsync(host.TenantUrl("demo", "/settings/audit"));
        await Expect(owner.GetByTestId("audit-verify")).ToBeVisibleAsync();
        await Expect(owner.GetByTestId("audit-export")).ToHaveCountAsync(0);

        await row.GetByTestId("flag-reset").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-enabled", "true");
        await owner.ReloadAsync();
        await Expect(owner.GetByTestId("audit-export")).ToBeVisibleAsync();

        await platform.GetByTestId("nav-transfer").ClickAsync();
        await platform.GetByTestId("export-tenant").FillAsync("demo");
        var download = await platform.RunAndWaitForDownloadAsync(() => platform.GetByTestId("export-download").ClickAsync());
        using var exported = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        exported.RootElement.GetProperty("tenants")[0].GetProperty("slug").GetString().ShouldBe("demo");

        await platform.GetByTestId("import-document").FillAsync(
            """{ "version": 1, "tenants": [ { "slug": "demo", "settings": [ { "module": "customers", "order": 3, "icon": "star" } ] } ] }""");
        await platform.GetByTestId("import-check").ClickAsync();
        await Expect(platform.Locator("[data-testid=import-item][data-status=Error]")).ToContainTextAsync("\"icon\"");
        await Expect(platform.GetByTestId("import-apply")).ToHaveCountAsync(0);

        await platform.GetByTestId("import-document").FillAsync(
            """{ "version": 1, "tenants": [ { "slug": "demo", "settings": [ { "module": "customers", "order": 3 } ] } ] }""");
        await platform.GetByTestId("import-check").ClickAsync();
        await Expect(platform.GetByTestId("import-item")).ToHaveCountAsync(1);
        await platform.GetByTestId("import-confirm").CheckAsync();
        await platform.GetByTestId("import-apply").ClickAsync();
        await Expect(platform.GetByTestId("import-message")).ToContainTextAsync("İçe aktarıldı");
    }

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
