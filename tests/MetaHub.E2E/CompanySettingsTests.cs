using MetaHub.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The group's companies as an owner or admin manages them on /settings/companies.</summary>
public sealed class CompanySettingsTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly byte[] Logo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Owner_CreatesSubsidiaryWithLogo_SeesFieldErrorsThenTheCompanyInTheTree()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "owner@demo.local", "SEO Birimi");

        await page.GetByTestId("nav-companies").ClickAsync();
        await Expect(page.Locator("[data-testid=company-row][data-company='SEO Birimi']")).ToHaveAttributeAsync("data-depth", "1");
        await page.Locator("[data-testid=company-row][data-company='Dijital AŞ'] [data-testid=company-add-subsidiary]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByTestId("company-name").FillAsync("Sosyal Medya");
        await dialog.GetByTestId("company-slug").FillAsync("seo-birimi");
        await dialog.GetByTestId("company-primary-color").FillAsync("yeşil");
        await dialog.GetByTestId("company-save").ClickAsync();

        await Expect(dialog).ToContainTextAsync("\"seo-birimi\" kısa adı başka bir şirkette kullanılıyor.");
        await Expect(dialog).ToContainTextAsync("Renk #RRGGBB biçiminde olmalıdır.");

        await dialog.GetByTestId("company-slug").FillAsync("sosyal-medya");
        await dialog.GetByTestId("company-primary-color").FillAsync("#00AA88");
        await dialog.Locator("[data-testid=company-logo-upload] input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = Logo });
        await Expect(dialog.GetByTestId("company-logo-preview")).ToBeVisibleAsync();
        await dialog.GetByTestId("company-save").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        var row = page.Locator("[data-testid=company-row][data-company='Sosyal Medya']");
        await Expect(row).ToHaveAttributeAsync("data-depth", "1");
        await Expect(row).ToContainTextAsync("sosyal-medya");
        var logo = row.GetByTestId("company-logo");
        await Expect(logo).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/api/v1/companies/[0-9a-f-]+/logo\\?v=", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));
        await Expect(logo).ToHaveJSPropertyAsync("naturalWidth", 1);
    }

    [Fact]
    public async Task Admin_DeletesCompanyWithSubsidiaries_IsToldToMoveThemFirst()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "admin@demo.local", "SEO Birimi");

        await page.GotoAsync(host.TenantUrl("demo", "/settings/companies"));
        await DemoSignIn.InteractiveAsync(page);
        await page.Locator("[data-testid=company-row][data-company='Yazılım AŞ'] [data-testid=company-delete]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Sil", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("company-error")).ToContainTextAsync("\"Yazılım AŞ\" şirketinin alt şirketleri var");
        await Expect(page.Locator("[data-testid=company-row][data-company='Yazılım AŞ']")).ToHaveCountAsync(1);
    }
}
